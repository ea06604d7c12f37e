#include "models/domain/Enums.h"

namespace DeskBridge::Domain {

namespace {
template <size_t N> QString pick(const char *const (&names)[N], int i) {
    return (i >= 0 && i < int(N)) ? QString::fromLatin1(names[i]) : QString();
}
} // namespace

QString Names::name(Role v) {
    static const char *const n[] = {"end-user", "agent", "admin"};
    return pick(n, int(v));
}
QString Names::name(TicketStatus v) {
    static const char *const n[] = {"new", "open", "pending", "hold", "solved", "closed"};
    return pick(n, int(v));
}
QString Names::name(Priority v) {
    static const char *const n[] = {"low", "normal", "high", "urgent"};
    return pick(n, int(v));
}
QString Names::name(TicketType v) {
    static const char *const n[] = {"question", "incident", "problem", "task"};
    return pick(n, int(v));
}
QString Names::name(Channel v) {
    static const char *const n[] = {"console", "api", "email", "portal", "sharing", "trigger"};
    return pick(n, int(v));
}
QString Names::name(FieldType v) {
    static const char *const n[] = {"text", "multiline", "number", "checkbox", "dropdown", "date"};
    return pick(n, int(v));
}
QString Names::name(Plan v) {
    static const char *const n[] = {"team", "growth", "professional", "enterprise"};
    return pick(n, int(v));
}
QString Names::name(SharingMode v) {
    static const char *const n[] = {"own", "view", "comment"};
    return pick(n, int(v));
}
QString Names::name(AgreementDirection v) {
    static const char *const n[] = {"outbound", "inbound"};
    return pick(n, int(v));
}
QString Names::name(AgreementStatus v) {
    static const char *const n[] = {"pending", "accepted",  "declined",           "inactive",
                                    "failed",  "ssl_error", "configuration_error"};
    return pick(n, int(v));
}
QString Names::name(CommentSync v) {
    static const char *const n[] = {"all", "public", "none"};
    return pick(n, int(v));
}
QString Names::name(ShareDirection v) {
    static const char *const n[] = {"outgoing", "incoming"};
    return pick(n, int(v));
}
QString Names::name(ShareState v) {
    static const char *const n[] = {"active", "orphaned"};
    return pick(n, int(v));
}

QString Names::label(Role v) {
    switch (v) {
    case Role::EndUser:
        return tr("End user");
    case Role::Agent:
        return tr("Agent");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}
QString Names::label(TicketStatus v) {
    switch (v) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::Pending:
        return tr("Pending");
    case TicketStatus::Hold:
        return tr("On-hold");
    case TicketStatus::Solved:
        return tr("Solved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}
QString Names::label(Priority v) {
    switch (v) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}
QString Names::label(TicketType v) {
    switch (v) {
    case TicketType::Question:
        return tr("Question");
    case TicketType::Incident:
        return tr("Incident");
    case TicketType::Problem:
        return tr("Problem");
    case TicketType::Task:
        return tr("Task");
    }
    return {};
}
QString Names::label(Channel v) {
    switch (v) {
    case Channel::Console:
        return tr("Console");
    case Channel::Api:
        return tr("API");
    case Channel::Email:
        return tr("Email");
    case Channel::Portal:
        return tr("Help Center");
    case Channel::Sharing:
        return tr("Ticket sharing");
    case Channel::Trigger:
        return tr("Trigger");
    }
    return {};
}
QString Names::label(FieldType v) {
    switch (v) {
    case FieldType::Text:
        return tr("Text");
    case FieldType::MultiLine:
        return tr("Multi-line text");
    case FieldType::Number:
        return tr("Number");
    case FieldType::Checkbox:
        return tr("Checkbox");
    case FieldType::Dropdown:
        return tr("Drop-down list");
    case FieldType::Date:
        return tr("Date");
    }
    return {};
}
QString Names::label(Plan v) {
    switch (v) {
    case Plan::Team:
        return tr("Team");
    case Plan::Growth:
        return tr("Growth");
    case Plan::Professional:
        return tr("Professional");
    case Plan::Enterprise:
        return tr("Enterprise");
    }
    return {};
}
QString Names::label(SharingMode v) {
    switch (v) {
    case SharingMode::OwnTickets:
        return tr("Users can view their own tickets only");
    case SharingMode::ViewAll:
        return tr("Users can view all tickets in this organization");
    case SharingMode::ViewAllAndComment:
        return tr("Users can view and comment on all tickets in this organization");
    }
    return {};
}
QString Names::label(AgreementDirection v) {
    switch (v) {
    case AgreementDirection::Outbound:
        return tr("Outbound");
    case AgreementDirection::Inbound:
        return tr("Inbound");
    }
    return {};
}
QString Names::label(AgreementStatus v) {
    switch (v) {
    case AgreementStatus::Pending:
        return tr("Pending");
    case AgreementStatus::Accepted:
        return tr("Accepted");
    case AgreementStatus::Declined:
        return tr("Declined");
    case AgreementStatus::Inactive:
        return tr("Inactive");
    case AgreementStatus::Failed:
        return tr("Failed");
    case AgreementStatus::SslError:
        return tr("Certificate error");
    case AgreementStatus::ConfigurationError:
        return tr("Configuration error");
    }
    return {};
}
QString Names::label(CommentSync v) {
    switch (v) {
    case CommentSync::PublicAndPrivate:
        return tr("Public and private comments");
    case CommentSync::PublicOnly:
        return tr("Public comments only");
    case CommentSync::None:
        return tr("No comments");
    }
    return {};
}

} // namespace DeskBridge::Domain
