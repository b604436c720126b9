#pragma once

#include <QJSEngine>
#include <QQmlEngine>

namespace Aanwezig {

// A service built once in main() and handed to QML as a QML_SINGLETON: QML's
// create() returns that one instance, which C++ keeps owning.
template <typename T> class AppSingleton
{
public:
    static T *instance() { return s_instance; }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "AppSingleton", "main() builds every service before QML loads");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

protected:
    AppSingleton() { s_instance = static_cast<T *>(this); }
    ~AppSingleton()
    {
        if (s_instance == this)
            s_instance = nullptr;
    }

private:
    static inline T *s_instance = nullptr;
};

} // namespace Aanwezig
