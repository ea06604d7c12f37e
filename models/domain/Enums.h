#pragma once
// The product's enumerations, their stable storage codes (the INTEGER columns of the schema),
// their wire/CLI names and their translated labels. One place, so the store, the CLI, the
// sharing protocol and the UI agree.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace DeskBridge::Domain {

enum class Role { EndUser = 0, Agent = 1, Admin = 2 };
enum class TicketStatus { New = 0, Open = 1, Pending = 2, Hold = 3, Solved = 4, Closed = 5 };
enum class Priority { Low = 0, Normal = 1, High = 2, Urgent = 3 };
enum class TicketType { Question = 0, Incident = 1, Problem = 2, Task = 3 };
enum class Channel { Console = 0, Api = 1, Email = 2, Portal = 3, Sharing = 4, Trigger = 5 };
enum class FieldType { Text = 0, MultiLine = 1, Number = 2, Checkbox = 3, Dropdown = 4, Date = 5 };
enum class Plan { Team = 0, Growth = 1, Professional = 2, Enterprise = 3 };
enum class SharingMode { OwnTickets = 0, ViewAll = 1, ViewAllAndComment = 2 };
enum class AgreementDirection { Outbound = 0, Inbound = 1 };
enum class AgreementStatus {
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Inactive = 3,
    Failed = 4,
    SslError = 5,
    ConfigurationError = 6
};
enum class CommentSync { PublicAndPrivate = 0, PublicOnly = 1, None = 2 };
enum class ShareDirection { Outgoing = 0, Incoming = 1 };
enum class ShareState { Active = 0, Orphaned = 1 };
enum class SyncState { Delivered = 0, Pending = 1, Failed = 2 };

// What a ticket_events row records.
enum class EventKind {
    Created = 0,
    FieldChanged = 1,
    CommentAdded = 2,
    TagsChanged = 3,
    Shared = 4,
    Unshared = 5,
    TriggerFired = 6,
    SharingUpdate = 7,
    Notice = 8
};

// Names used on the command line, in JSON and on the wire ("open", "high", ...), and the
// translated labels the UI shows. fromName() accepts names case-insensitively.
class Names {
    Q_DECLARE_TR_FUNCTIONS(Names)
public:
    static QString name(Role v);
    static QString name(TicketStatus v);
    static QString name(Priority v);
    static QString name(TicketType v);
    static QString name(Channel v);
    static QString name(FieldType v);
    static QString name(Plan v);
    static QString name(SharingMode v);
    static QString name(AgreementDirection v);
    static QString name(AgreementStatus v);
    static QString name(CommentSync v);
    static QString name(ShareDirection v);
    static QString name(ShareState v);

    static QString label(Role v);
    static QString label(TicketStatus v);
    static QString label(Priority v);
    static QString label(TicketType v);
    static QString label(Channel v);
    static QString label(FieldType v);
    static QString label(Plan v);
    static QString label(SharingMode v);
    static QString label(AgreementDirection v);
    static QString label(AgreementStatus v);
    static QString label(CommentSync v);

    template <typename E> static std::optional<E> fromName(const QString &name);
    template <typename E> static QStringList allNames();
    template <typename E> static int count();
};

template <> inline int Names::count<Role>() {
    return 3;
}
template <> inline int Names::count<TicketStatus>() {
    return 6;
}
template <> inline int Names::count<Priority>() {
    return 4;
}
template <> inline int Names::count<TicketType>() {
    return 4;
}
template <> inline int Names::count<Channel>() {
    return 6;
}
template <> inline int Names::count<FieldType>() {
    return 6;
}
template <> inline int Names::count<Plan>() {
    return 4;
}
template <> inline int Names::count<SharingMode>() {
    return 3;
}
template <> inline int Names::count<AgreementDirection>() {
    return 2;
}
template <> inline int Names::count<AgreementStatus>() {
    return 7;
}
template <> inline int Names::count<CommentSync>() {
    return 3;
}
template <> inline int Names::count<ShareDirection>() {
    return 2;
}
template <> inline int Names::count<ShareState>() {
    return 2;
}

template <typename E> std::optional<E> Names::fromName(const QString &text) {
    const QString t = text.trimmed();
    for (int i = 0; i < count<E>(); ++i) {
        if (name(static_cast<E>(i)).compare(t, Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E> QStringList Names::allNames() {
    QStringList out;
    for (int i = 0; i < count<E>(); ++i)
        out.append(name(static_cast<E>(i)));
    return out;
}

// Unsolved: new, open, pending, hold (the codes below Solved; views rely on that order).
inline bool isUnsolved(TicketStatus s) {
    return static_cast<int>(s) < static_cast<int>(TicketStatus::Solved);
}

} // namespace DeskBridge::Domain
