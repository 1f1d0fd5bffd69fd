#pragma once
// SignInDialog: how an agent starts the day — on this computer (the site runs inside this
// desktop: pick your agent) or on the site's router (address, user, password). The server and
// user are remembered; the password only in the system keychain, when the user asks.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace baton::ui {

struct SignInChoice {
    bool embedded = true;
    QString server;    // remote: ws:// or wss:// address
    QString user;      // remote: login; embedded: the agent's id
    QString password;
    bool remember = false;
};

class SignInDialog : public QDialog {
    Q_OBJECT

public:
    // `localAgents`: (id, name) of this computer's site; empty when there is none.
    SignInDialog(const QList<std::pair<QString, QString>> &localAgents, QWidget *parent = nullptr);

    void setChoice(const SignInChoice &choice);
    SignInChoice choice() const;
    void showError(const QString &message);
    void setBusy(bool busy);
    QString errorText() const;
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }

Q_SIGNALS:
    void signInRequested(const baton::ui::SignInChoice &choice);

private:
    void updateMode();
    void submit();

    QRadioButton *m_local;
    QRadioButton *m_remote;
    QComboBox *m_agent;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_signIn;
};

}  // namespace baton::ui

Q_DECLARE_METATYPE(baton::ui::SignInChoice)
