#pragma once
// SignalWatcher: turns SIGTERM and SIGINT into a Qt signal (self-pipe), so `deskbridge serve`
// finishes its current work and closes the database cleanly instead of dying mid-write.
#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace DeskBridge {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void readSignal();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace DeskBridge
