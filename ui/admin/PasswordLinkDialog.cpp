#include "ui/admin/PasswordLinkDialog.h"

#include "ui/admin/ExternalUrl.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

PasswordLinkDialog::PasswordLinkDialog(const HelpCenter::PasswordLink &link,
                                       const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_link(link)
    , m_accountName(accountName)
    , m_linkEdit(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("passwordLinkDialog"));
    setWindowTitle(tr("Help Center password link"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Send this link to %1 (%2). It lets them set their Help Center "
                                "password once.")
                                 .arg(link.user.name, link.user.email),
                             this);
    intro->setObjectName(QStringLiteral("passwordLinkIntro"));
    intro->setTextFormat(Qt::PlainText); // names are data, never markup
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_linkEdit->setObjectName(QStringLiteral("passwordLinkEdit"));
    m_linkEdit->setReadOnly(true);
    m_linkEdit->setText(linkText());
    m_linkEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_linkEdit->setMinimumWidth(m_linkEdit->fontMetrics().horizontalAdvance(linkText()) + 24);
    m_linkEdit->setCursorPosition(0);
    layout->addWidget(m_linkEdit);

    auto *expiry = new QLabel(
        tr("Valid until %1. Creating another link does not void this one; using one does.")
            .arg(QLocale().toString(link.expiresAt.toLocalTime(), QLocale::LongFormat)),
        this);
    expiry->setObjectName(QStringLiteral("passwordLinkExpiry"));
    expiry->setWordWrap(true);
    layout->addWidget(expiry);

    if (link.url.isEmpty()) {
        auto *hint = new QLabel(
            tr("The Help Center has no address yet, so this is only the link's path. Start the "
               "sharing service once (open the console, or run “deskbridge serve”); the full "
               "link is the Help Center's address followed by this path."),
            this);
        hint->setObjectName(QStringLiteral("passwordLinkHint"));
        hint->setWordWrap(true);
        QPalette warning = hint->palette();
        warning.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
        hint->setPalette(warning);
        layout->addWidget(hint);
    }

    m_status->setObjectName(QStringLiteral("passwordLinkStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("Copy link"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyPasswordLinkButton"));
    copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    auto *mailButton = buttons->addButton(tr("Send by email…"), QDialogButtonBox::ActionRole);
    mailButton->setObjectName(QStringLiteral("emailPasswordLinkButton"));
    mailButton->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    mailButton->setEnabled(!link.url.isEmpty() && !link.user.email.isEmpty());
    connect(copyButton, &QPushButton::clicked, this, &PasswordLinkDialog::copy);
    connect(mailButton, &QPushButton::clicked, this, &PasswordLinkDialog::sendByEmail);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordLinkDialog::linkText() const {
    return m_link.url.isEmpty() ? QStringLiteral("/hc/password/") + m_link.token : m_link.url;
}

QUrl PasswordLinkDialog::mailtoUrl(const QString &email, const QString &subject,
                                   const QString &body) {
    // Built encoded by hand: QUrlQuery would leave '&', '=' and '+' in the texts as they are.
    QString crlf = body;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    const QByteArray encoded = QByteArrayLiteral("mailto:") +
                               QUrl::toPercentEncoding(email.trimmed(), "@") +
                               QByteArrayLiteral("?subject=") + QUrl::toPercentEncoding(subject) +
                               QByteArrayLiteral("&body=") + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

void PasswordLinkDialog::copy() {
    QApplication::clipboard()->setText(linkText());
    m_status->setText(tr("The link is on the clipboard."));
}

void PasswordLinkDialog::sendByEmail() {
    const QString subject = tr("Set your password for the %1 Help Center").arg(m_accountName);
    const QString body =
        tr("Hello %1,\n\nplease set your password for the %2 Help Center with this link:\n\n%3\n\n"
           "The link is valid until %4. Afterwards you sign in with your email address (%5) and "
           "this password to see your requests.")
            .arg(m_link.user.name, m_accountName, m_link.url,
                 QLocale().toString(m_link.expiresAt.toLocalTime(), QLocale::LongFormat),
                 m_link.user.email);
    if (ExternalUrl::open(mailtoUrl(m_link.user.email, subject, body)))
        m_status->setText(tr("Your mail program has the message; check it and send it."));
    else
        m_status->setText(tr("No mail program could be opened; copy the link instead."));
}

} // namespace DeskBridge::Ui
