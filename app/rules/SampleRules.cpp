#include "app/rules/SampleRules.h"

namespace DeskBridge::Rules::samples {

namespace {
// Translation context for the titles of shipped rules.
struct SampleRules {
    Q_DECLARE_TR_FUNCTIONS(SampleRules)
};
} // namespace

Trigger warrantyTrigger(qint64 agreementId) {
    Trigger t;
    // The article's title, German as shipped: it is the partner-facing name of the rule.
    t.title = QStringLiteral("Garantieanspruch an Hersteller");
    t.condition
        .addAll(QStringLiteral("update_type"), QStringLiteral("is"), QStringLiteral("Create"))
        .addAll(QStringLiteral("tags"), QStringLiteral("includes"),
                QStringLiteral("garantieanspruch"));
    t.actions.add(QStringLiteral("share_ticket"), agreementId);
    return t;
}

QList<BuiltinView> builtinViews() {
    const auto view = [](const char *key, const QString &title, const QString &field,
                         const QString &op, const QJsonValue &value, const char *sortColumn) {
        BuiltinView v{QString::fromLatin1(key), title, {}, {}};
        v.condition.addAll(field, op, value);
        v.sort.column = QString::fromLatin1(sortColumn);
        return v;
    };
    const QString shareState = QStringLiteral("share_state");
    const QString is = QStringLiteral("is");
    return {
        view("shared_outgoing", SampleRules::tr("Shared with a partner"), shareState, is,
             QStringLiteral("outgoing"), "updated_at"),
        view("shared_incoming", SampleRules::tr("Received from partners"), shareState, is,
             QStringLiteral("incoming"), "updated_at"),
        view("shared_last_24_hours", SampleRules::tr("Shared in the last 24 hours"),
             QStringLiteral("shared_hours_ago"), QStringLiteral("less_than"), 24, "shared_at"),
        view("orphaned", SampleRules::tr("Orphaned tickets"), shareState, is,
             QStringLiteral("orphaned"), "updated_at"),
    };
}

} // namespace DeskBridge::Rules::samples
