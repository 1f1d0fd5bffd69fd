#include "hostdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace baton::ui {

namespace {

QWidget *withBrowse(QLineEdit *edit, const QString &title, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(HostDialog::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, title] {
        const QString path = QFileDialog::getOpenFileName(edit, title, edit->text(), HostDialog::tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

}  // namespace

HostDialog::HostDialog(const net::HostSettings &current, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("&Let the other desktops of this site connect to this computer"), this))
    , m_listen(new QLineEdit(current.listen, this))
    , m_certificate(new QLineEdit(current.certificate, this))
    , m_key(new QLineEdit(current.key, this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("Host this site for other desktops"));
    m_enabled->setChecked(current.enabled);
    m_listen->setPlaceholderText(QStringLiteral("0.0.0.0:8765"));
    m_certificate->setPlaceholderText(tr("none: ws:// without encryption"));
    m_key->setPlaceholderText(tr("the certificate's private key (PEM, not encrypted)"));
    m_warning->setWordWrap(true);
    auto *help = new QLabel(tr("The other desktops choose “On the site's router” when they sign in and enter this computer's address, "
                               "e.g. ws://%1 (wss:// with a certificate). They sign in with the users of this site's database — "
                               "add them with <code>baton-admin user add NAME --role agent --agent ID --db %2</code>. "
                               "Your own sign-in on this computer does not change.")
                                .arg(QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(net::parseHostPort(current.listen) ? net::parseHostPort(current.listen)->second : 8765),
                                     databasePath.toHtmlEscaped()),
                            this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("&Address and port:"), m_listen);
    form->addRow(tr("&Certificate:"), withBrowse(m_certificate, tr("The site's certificate"), this));
    form->addRow(tr("&Key:"), withBrowse(m_key, tr("The certificate's private key"), this));
    form->addRow(m_warning);
    form->addRow(help);
    form->addRow(buttons);
    for (QLineEdit *e : {m_listen, m_certificate, m_key})
        connect(e, &QLineEdit::textChanged, this, &HostDialog::update);
    connect(m_enabled, &QCheckBox::toggled, this, &HostDialog::update);
    update();
    resize(620, sizeHint().height());
}

net::HostSettings HostDialog::settings() const
{
    net::HostSettings s;
    s.enabled = m_enabled->isChecked();
    s.listen = m_listen->text().trimmed().isEmpty() ? QStringLiteral("0.0.0.0:8765") : m_listen->text().trimmed();
    s.certificate = m_certificate->text().trimmed();
    s.key = m_key->text().trimmed();
    return s;
}

void HostDialog::update()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_listen), static_cast<QWidget *>(m_certificate), static_cast<QWidget *>(m_key)})
        w->setEnabled(on);
    const net::HostSettings s = settings();
    QString warning;
    if (on && !net::parseHostPort(s.listen))
        warning = tr("“%1” is not an address and port, e.g. 0.0.0.0:8765 (every network) or 192.168.1.20:8765.").arg(s.listen);
    else if (on && s.certificate.isEmpty() != s.key.isEmpty())
        warning = tr("Give both the certificate and its key, or neither.");
    else if (on && s.certificate.isEmpty())
        warning = tr("Without a certificate, passwords cross the network unencrypted: use this only on a network you trust.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    auto *box = findChild<QDialogButtonBox *>();
    if (box)
        box->button(QDialogButtonBox::Ok)->setEnabled(!on || (net::parseHostPort(s.listen) && s.certificate.isEmpty() == s.key.isEmpty()));
}

}  // namespace baton::ui
