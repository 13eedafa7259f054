#pragma once

#include "model/Model.h"
#include "roles/RecordListModel.h"

#include <vector>

namespace claimsmith::ui {

// The applications, oldest first: name (the default one marked), client id,
// template, token lifetime.
class ApplicationListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        ClientId,
        Template,
        Lifetime,
        ColumnCount
    };

    using RecordListModel::RecordListModel;

    // `defaultId`: the default application (the oldest), or empty.
    void setApplications(std::vector<model::Application> applications, QString defaultId);
    const std::vector<model::Application>& applications() const { return m_applications; }
    const model::Application* find(const QString& id) const;
    const QString& defaultId() const { return m_defaultId; }

    QString keyAt(int row) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<model::Application> m_applications;
    QString m_defaultId;
};

} // namespace claimsmith::ui
