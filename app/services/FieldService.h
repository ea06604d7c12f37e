#pragma once
// FieldService: the account's custom ticket fields (text, multi-line, number, checkbox,
// dropdown, date): define, change, deactivate; and the validation of a value for a field.
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/CustomFieldRepository.h"

#include <QObject>

namespace DeskBridge::Services {

class FieldService : public QObject {
    Q_OBJECT
public:
    explicit FieldService(ServiceContext ctx, QObject *parent = nullptr);

    Result<Domain::CustomField> create(const Domain::User &actor, Domain::CustomField field);
    Status update(const Domain::User &actor, const Domain::CustomField &field);
    QList<Domain::CustomField> list(bool activeOnly = false);
    std::optional<Domain::CustomField> find(Domain::Id id);
    // By key ("warranty_number") or by title, case-insensitively.
    std::optional<Domain::CustomField> findByKeyOrTitle(const QString &name);

    // Checks `value` for `field` and returns it in canonical form (numbers as written by
    // QLocale::c(), checkboxes "1"/"0", dates yyyy-MM-dd). Empty clears the field.
    static Result<QString> normalizeValue(const Domain::CustomField &field, const QString &value);
    static QString keyFromTitle(const QString &title);

    // Puts the fields in this order (each field exactly once), in one transaction. The order is
    // the one the ticket form and the field lists show.
    Status reorder(const Domain::User &actor, const QList<Domain::Id> &order);

private:
    Status validate(const Domain::CustomField &field);
    ServiceContext m_ctx;
    Store::CustomFieldRepository m_repo;
};

} // namespace DeskBridge::Services
