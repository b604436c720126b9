import QtQuick
import QtQuick.Shapes
import Aanwezig

// A small line of weekly attendance rates (percent), with the 95 % line for reference.
Item {
    id: chart

    readonly property real high: 100
    readonly property real low: Math.min(80, Math.floor(Math.min(...(points.length > 0 ? points : [100])) / 5) * 5)
    property var points: []

    function xAt(index: int): real {
        return points.length < 2 ? width / 2 : index * width / (points.length - 1);
    }
    function yAt(rate: real): real {
        return height - (Math.max(low, Math.min(high, rate)) - low) / (high - low) * height;
    }

    Accessible.name: qsTr("Aanwezigheid per week: %1").arg(points.map(p => Math.round(p) + " %").join(", "))
    Accessible.role: Accessible.Chart
    implicitHeight: 96

    Shape {
        anchors.fill: parent
        visible: chart.points.length > 1

        ShapePath {
            dashPattern: [4, 4]
            fillColor: "transparent"
            startX: 0
            startY: chart.yAt(95)
            strokeColor: Theme.good
            strokeStyle: ShapePath.DashLine
            strokeWidth: 1

            PathLine {
                x: chart.width
                y: chart.yAt(95)
            }
        }
        ShapePath {
            capStyle: ShapePath.RoundCap
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            strokeColor: Theme.accent
            strokeWidth: 3

            PathPolyline {
                path: chart.points.map((rate, index) => Qt.point(chart.xAt(index), chart.yAt(rate)))
            }
        }
    }
}
