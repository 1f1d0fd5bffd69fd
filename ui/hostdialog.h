#pragma once
// HostDialog: Settings → Host this site for other desktops. A desktop that runs its site on this
// computer can open the same WebSocket gateway as baton-router, so the other desktops of a small
// site sign in to it in remote mode — off by default; TLS with the site's certificate, and the
// users of the site's database, as on the router.

#include "hosting.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace baton::ui {

class HostDialog : public QDialog {
    Q_OBJECT

public:
    // `databasePath`: where the users live (for the instructions shown).
    HostDialog(const net::HostSettings &current, const QString &databasePath, QWidget *parent = nullptr);

    net::HostSettings settings() const;
    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *keyEdit() const { return m_key; }

private:
    void update();

    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLabel *m_warning;
};

}  // namespace baton::ui
