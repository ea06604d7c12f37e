#include "ui/admin/AgreementInviteDialog.h"

#include "app/sharing/FetchCertificateJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using namespace Domain;

AgreementInviteDialog::AgreementInviteDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_fetch(new QPushButton(tr("Fetch"), this))
    , m_fetchResult(new QLabel(this))
    , m_comments(new QComboBox(this))
    , m_status(new QCheckBox(tr("Synchronize the status"), this))
    , m_tags(new QCheckBox(tr("Synchronize tags"), this)) {
    setObjectName(QStringLiteral("agreementInviteDialog"));
    setWindowTitle(tr("Invite a partner"));
    m_url->setObjectName(QStringLiteral("partnerUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://partner.example:8443/sharing"));
    m_name->setObjectName(QStringLiteral("partnerNameEdit"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprint->setPlaceholderText(tr("AB:CD:… (empty: trust certificates of system CAs)"));
    m_fetch->setObjectName(QStringLiteral("fetchCertificateButton"));
    m_fetchResult->setObjectName(QStringLiteral("fetchResultLabel"));
    m_fetchResult->setWordWrap(true);
    m_comments->setObjectName(QStringLiteral("commentSyncCombo"));
    m_comments->addItem(tr("Public and private comments"), int(CommentSync::PublicAndPrivate));
    m_comments->addItem(tr("Public comments only"), int(CommentSync::PublicOnly));
    m_comments->addItem(tr("No comments"), int(CommentSync::None));
    m_status->setObjectName(QStringLiteral("statusSyncCheck"));
    m_tags->setObjectName(QStringLiteral("tagSyncCheck"));
    m_status->setChecked(true);
    m_tags->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Partner's sharing URL"), m_url);
    form->addRow(tr("Partner name"), m_name);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_fingerprint, 1);
    certRow->addWidget(m_fetch);
    form->addRow(tr("Certificate fingerprint"), certRow);
    form->addRow(QString(), m_fetchResult);
    form->addRow(tr("Comments"), m_comments);
    form->addRow(QString(), m_status);
    form->addRow(QString(), m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Send invite"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetch, &QPushButton::clicked, this, &AgreementInviteDialog::fetch);
    connect(m_url, &QLineEdit::textChanged, this, &AgreementInviteDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &AgreementInviteDialog::updateOk);
    updateOk();
    resize(560, sizeHint().height());
}

void AgreementInviteDialog::updateOk() {
    const QUrl url(m_url->text().trimmed());
    m_ok->setEnabled(url.isValid() && url.scheme() == QLatin1String("https") &&
                     !m_name->text().trimmed().isEmpty());
    m_fetch->setEnabled(url.isValid() && url.scheme() == QLatin1String("https"));
}

void AgreementInviteDialog::fetch() {
    m_fetch->setEnabled(false);
    m_fetchResult->setText(tr("Reading the partner's certificate…"));
    auto *job = Sharing::fetchCertificate(QUrl(m_url->text().trimmed()), this);
    connect(job, &Sharing::FetchCertificateJob::finished, this,
            [this](const Sharing::CertificateProbeResult &r) {
                updateOk();
                if (!r.ok) {
                    m_fetchResult->setText(tr("No certificate: %1").arg(r.message));
                    return;
                }
                // The admin compares this with what the partner told them, then confirms.
                m_fingerprint->setText(r.fingerprint);
                m_fingerprint->setCursorPosition(0);
                m_fetchResult->setText(
                    r.trustedBySystem
                        ? tr("A system CA vouches for this certificate.")
                        : tr("Self-signed: compare the fingerprint with the one your partner "
                             "gave you before sending the invite."));
                resize(width(), sizeHint().height()); // room for the wrapped explanation
            });
}

Sharing::InviteRequest AgreementInviteDialog::request() const {
    Sharing::InviteRequest r;
    r.partnerUrl = m_url->text().trimmed();
    r.name = m_name->text().trimmed();
    r.fingerprint = m_fingerprint->text().trimmed();
    r.permissions.commentSync = CommentSync(m_comments->currentData().toInt());
    r.permissions.statusSync = m_status->isChecked();
    r.permissions.tagSync = m_tags->isChecked();
    return r;
}

} // namespace DeskBridge::Ui
