#pragma once

#include <QObject>

class QSocketNotifier;

namespace claimsmith::server {

// Turns SIGTERM and SIGINT into a Qt signal on the thread that made this
// object (a self-pipe: the handler only writes one byte). One at a time.
class ShutdownSignals final : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;
    bool ok() const { return m_notifier != nullptr; }

signals:
    void received(int signal);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace claimsmith::server
