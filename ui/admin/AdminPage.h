#pragma once
// AdminPage: the base of every Admin Center page. It owns the page's message bar (service
// errors and confirmations appear there, inline), reloads the page when the data it shows
// changes (ChangeHub signals, or another process writing to the same account), and tells the
// window whether the page holds unsaved edits. Pages register themselves with
// AdminPageRegistration (AdminPageRegistry.h).
#include "models/domain/Result.h"
#include "models/store/ChangeHub.h"
#include "ui/admin/AdminContext.h"

#include <QWidget>
#include <initializer_list>

class QVBoxLayout;

namespace DeskBridge::Ui {

class MessageBar;

class AdminPage : public QWidget {
    Q_OBJECT
public:
    AdminPage(AdminContext &context, QWidget *parent = nullptr);
    ~AdminPage() override;

    AdminContext &context() const { return m_context; }
    MessageBar *messages() const { return m_messages; }

    virtual bool hasUnsavedChanges() const { return false; }
    virtual void discardChanges() {}
    // The window shows this page: put the focus where work starts.
    virtual void activate() {}

protected:
    using HubSignal = void (Store::ChangeHub::*)();
    // Calls reload() whenever one of these signals (or an external change) arrives. A hidden
    // page reloads when it is shown again.
    void reloadOn(std::initializer_list<HubSignal> signalList);
    virtual void reload() {}

    // Content goes below the message bar.
    QVBoxLayout *bodyLayout() const { return m_body; }

    // Shows a service's answer: its error in the message bar (true when it succeeded). A
    // success shows `success` when given, else clears an earlier error.
    bool report(const Status &status, const QString &success = {});
    template <typename T> bool report(const Result<T> &result, const QString &success = {}) {
        return report(result.ok() ? Status() : Status::failure(result.error()), success);
    }

    void showEvent(QShowEvent *event) override;

private:
    void dataChanged();

    AdminContext &m_context;
    MessageBar *m_messages = nullptr;
    QVBoxLayout *m_body = nullptr;
    bool m_stale = false;
};

} // namespace DeskBridge::Ui
