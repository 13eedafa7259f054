#include "StoreAccess.h"

#include "CliSupport.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

std::unique_ptr<store::Store> openStore(const QString& location, bool create, int& exitCode)
{
    return openSqliteStore(location, create, exitCode);
}

std::unique_ptr<store::SqliteStore> openSqliteStore(const QString& location, bool create,
                                                    int& exitCode)
{
    store::SqliteStore::Options options;
    options.create = create;
    auto opened = store::SqliteStore::open(location.toStdString(), options);
    if (!opened) {
        printStoreError(opened.error());
        const auto kind = opened.error().kind;
        exitCode = kind == store::ErrorKind::Invalid || kind == store::ErrorKind::Internal
                       ? kInputWrong
                       : kUsage;
        return nullptr;
    }
    const QString user = QProcessEnvironment::systemEnvironment().value(u"USER"_s, u"unknown"_s);
    (*opened)->setActor("cli:" + user.toStdString());
    return std::move(opened.value());
}

void printStoreError(const store::Error& error)
{
    err("claimsmith: " + error.message + "\n");
}

} // namespace claimsmith::cli
