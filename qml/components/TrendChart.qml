pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Shapes
import Aanwezig

// A small line of weekly attendance rates (percent), with the 95 % line for
// reference, the weeks under it and the first and the last value written at
// their points.
Item {
    id: chart

    readonly property real high: 100
    // The week of each point ("3 nov"), oldest first, as many as points.
    property var labels: []
    readonly property real low: Math.min(80, Math.floor(Math.min(...(points.length > 0 ? points : [100])) / 5) * 5)
    property var points: []
    // Every how many weeks a label fits (the last week always has one).
    readonly property int labelStride: Math.max(1, Math.ceil(points.length * 48 / Math.max(1, plot.width)))

    function rateText(rate: real): string {
        return qsTr("%1 %").arg(Math.round(rate));
    }
    function xAt(index: int): real {
        return points.length < 2 ? plot.width / 2 : index * plot.width / (points.length - 1);
    }
    function yAt(rate: real): real {
        return plot.height - (Math.max(low, Math.min(high, rate)) - low) / (high - low) * plot.height;
    }

    Accessible.name: qsTr("Aanwezigheid per week: %1").arg(points.map((p, i) => (labels[i] ? labels[i] + " " : "") + rateText(p)).join(", "))
    Accessible.role: Accessible.Chart
    implicitHeight: 132

    // The lines, with room above for the values and below for the weeks.
    Item {
        id: plot
        anchors.bottomMargin: 20
        anchors.fill: parent
        anchors.leftMargin: 18
        anchors.rightMargin: 18
        anchors.topMargin: 20

        Shape {
            anchors.fill: parent
            visible: chart.points.length > 1

            ShapePath {
                dashPattern: [4, 4]
                fillColor: Theme.noFill
                startX: 0
                startY: chart.yAt(95)
                strokeColor: Theme.good
                strokeStyle: ShapePath.DashLine
                strokeWidth: 1

                PathLine {
                    x: plot.width
                    y: chart.yAt(95)
                }
            }
            ShapePath {
                capStyle: ShapePath.RoundCap
                fillColor: Theme.noFill
                joinStyle: ShapePath.RoundJoin
                strokeColor: Theme.accent
                strokeWidth: 3

                PathPolyline {
                    path: chart.points.map((rate, index) => Qt.point(chart.xAt(index), chart.yAt(rate)))
                }
            }
        }
        Repeater {
            model: chart.points.length > 1 ? [0, chart.points.length - 1] : []

            // The first and the last point, marked and written.
            delegate: Item {
                id: valuePoint

                required property int index
                required property int modelData

                x: chart.xAt(modelData)
                y: chart.yAt(chart.points[modelData])

                Rectangle {
                    color: Theme.accent
                    height: 8
                    radius: 4
                    width: 8
                    x: -4
                    y: -4
                }
                Label {
                    color: Theme.text
                    font.bold: true
                    font.pixelSize: 12
                    objectName: valuePoint.index === 0 ? "firstValue" : "lastValue"
                    text: chart.rateText(chart.points[valuePoint.modelData])
                    x: valuePoint.index === 0 ? -Math.min(width / 2, valuePoint.x + plot.x) : -width + Math.min(width / 2, plot.width - valuePoint.x + plot.anchors.rightMargin)
                    y: -height - 4
                }
            }
        }
        Repeater {
            model: chart.points.length > 1 ? chart.labels : []

            delegate: Label {
                required property int index
                required property string modelData

                color: Theme.muted
                font.pixelSize: 11
                objectName: "weekLabel" + index
                text: modelData
                visible: (chart.points.length - 1 - index) % chart.labelStride === 0
                x: Math.max(0, Math.min(plot.width - width, chart.xAt(index) - width / 2))
                y: plot.height + 4
            }
        }
    }
}
