#pragma once

#include "StoreWorker.h"
#include "model/MetadataLimits.h"

#include <QObject>
#include <QString>

namespace claimsmith::ui {

// What changed in the store, so that other pages can refresh.
enum class DataKind
{
    Users,
    Organizations,
    Memberships,
    Roles,
    Applications,
    Templates,
    Keys,
    Settings
};

// One open store: the worker for the pages' calls, a second worker for long
// jobs (so that a long job never holds up the pages), and what every page
// needs to know about the store.
class StoreSession : public QObject
{
    Q_OBJECT

public:
    StoreSession(const StoreWorker::Opener& opener, QString location, QObject* parent = nullptr);

    StoreWorker* worker() const { return m_worker; }
    StoreWorker* jobs() const { return m_jobs; }
    const QString& location() const { return m_location; }
    // The store's file name or server URL, for titles.
    QString displayName() const;

    model::LimitsProfile limits() const { return m_limits; }
    void setLimits(model::LimitsProfile limits) { m_limits = limits; }

    // The signed-in admin, recorded in the audit log.
    const QString& actor() const { return m_actor; }

    // A page wrote something: the others refresh what shows it.
    void notifyChanged(DataKind kind) { emit dataChanged(kind); }

signals:
    void dataChanged(DataKind kind);

private:
    QString m_location;
    QString m_actor;
    StoreWorker* m_worker;
    StoreWorker* m_jobs;
    model::LimitsProfile m_limits = model::LimitsProfile::Default;
};

} // namespace claimsmith::ui
