// The Debian packages, built by CPack from this build tree and checked without installing them:
// control fields and computed dependencies, the files each package holds, the maintainer scripts
// and conffiles, the extracted binaries running, the desktop entry, AppStream metainfo and unit
// validating, and lintian (when installed) finding no error or warning.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {}, int timeoutMs = 240'000)
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10'000))
        return {-1, {}, QStringLiteral("cannot start %1").arg(program)};
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("%1 timed out").arg(program)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool have(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

}  // namespace

class TestPackage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_desktopDeb;
    QString m_routerDeb;
    QString m_desktopRoot;
    QString m_routerRoot;
    QString m_arch;

    QString field(const QString &deb, const QString &name)
    {
        return run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, name}).out.trimmed();
    }
    QStringList files(const QString &deb)
    {
        QStringList out;
        const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // drwxr-xr-x root/root 0 2026-11-27 02:12 ./usr/bin/
            const QString path = line.section(QLatin1Char(' '), -1);
            if (!path.endsWith(QLatin1Char('/')))
                out << path.mid(1);  // "./usr/bin/baton" → "/usr/bin/baton"
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps", "dpkg"}) {
            if (!have(QString::fromLatin1(tool)))
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (apt-get install dpkg-dev)").arg(QString::fromLatin1(tool))));
        }
        QVERIFY(m_dir.isValid());
        m_arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
        const Run cpack = run(QStringLiteral(BATON_CPACK), {QStringLiteral("--config"), QStringLiteral(BATON_BINARY_DIR "/CPackConfig.cmake"),
                                                            QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path()});
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
        const QString version = QStringLiteral(BATON_VERSION "-1");
        m_desktopDeb = m_dir.filePath(QStringLiteral("baton_%1_%2.deb").arg(version, m_arch));
        m_routerDeb = m_dir.filePath(QStringLiteral("baton-router_%1_%2.deb").arg(version, m_arch));
        QVERIFY2(QFile::exists(m_desktopDeb), qPrintable(QDir(m_dir.path()).entryList().join(QLatin1Char(' '))));
        QVERIFY(QFile::exists(m_routerDeb));
        m_desktopRoot = m_dir.filePath(QStringLiteral("root-baton"));
        m_routerRoot = m_dir.filePath(QStringLiteral("root-router"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_desktopDeb, m_desktopRoot}).code, 0);
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_routerDeb, m_routerRoot}).code, 0);
    }

    void controlFields()
    {
        for (const QString &deb : {m_desktopDeb, m_routerDeb}) {
            QCOMPARE(field(deb, QStringLiteral("Version")), QStringLiteral(BATON_VERSION "-1"));
            QCOMPARE(field(deb, QStringLiteral("Architecture")), m_arch);
            QVERIFY(!field(deb, QStringLiteral("Maintainer")).isEmpty());
            const QStringList description = field(deb, QStringLiteral("Description")).split(QLatin1Char('\n'));
            QVERIFY(description.size() > 3);
            for (const QString &line : description)
                QVERIFY2(line.size() <= 80, qPrintable(line));
        }
        QCOMPARE(field(m_desktopDeb, QStringLiteral("Package")), QStringLiteral("baton"));
        QCOMPARE(field(m_routerDeb, QStringLiteral("Package")), QStringLiteral("baton-router"));

        // Library dependencies come from dpkg-shlibdeps; plug-ins loaded at run time are named by hand.
        const QString desktopDepends = field(m_desktopDeb, QStringLiteral("Depends"));
        for (const char *p : {"libqt6widgets6", "libqt6charts6", "libqt6websockets6", "libicu72", "libqt6sql6-sqlite", "qt6-qpa-plugins", "libqt6svg6"})
            QVERIFY2(desktopDepends.contains(QString::fromLatin1(p)), qPrintable(QStringLiteral("%1 not in %2").arg(QString::fromLatin1(p), desktopDepends)));
        const QString routerDepends = field(m_routerDeb, QStringLiteral("Depends"));
        for (const char *p : {"adduser", "libqt6httpserver6", "libsodium23", "libsqlite3-0", "libqt6sql6-sqlite"})
            QVERIFY2(routerDepends.contains(QString::fromLatin1(p)), qPrintable(QStringLiteral("%1 not in %2").arg(QString::fromLatin1(p), routerDepends)));
        QVERIFY2(!routerDepends.contains(QStringLiteral("libqt6widgets6")), "the server must not pull in the GUI");
    }

    void desktopPackageFiles()
    {
        const QStringList list = files(m_desktopDeb);
        QStringList expected{QStringLiteral("/usr/bin/baton"), QStringLiteral("/usr/share/applications/cc.baton.Baton.desktop"),
                             QStringLiteral("/usr/share/metainfo/cc.baton.Baton.metainfo.xml"),
                             QStringLiteral("/usr/share/icons/hicolor/scalable/apps/cc.baton.Baton.svg"),
                             QStringLiteral("/usr/share/man/man1/baton.1.gz"), QStringLiteral("/usr/share/doc/baton/copyright"),
                             QStringLiteral("/usr/share/doc/baton/changelog.Debian.gz"), QStringLiteral("/usr/share/doc/baton/USER-GUIDE.md")};
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            expected << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/cc.baton.Baton.png").arg(size);
        for (const QString &path : expected)
            QVERIFY2(list.contains(path), qPrintable(path));
        for (const QString &path : list) {
            QVERIFY2(path.startsWith(QLatin1String("/usr/")), qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("baton-router")) && !path.contains(QLatin1String("tst_")), qPrintable(path));
        }
    }

    void routerPackageFiles()
    {
        const QStringList list = files(m_routerDeb);
        for (const char *path : {"/usr/bin/baton-router", "/usr/bin/baton-admin", "/lib/systemd/system/baton-router.service",
                                 "/etc/baton/site.json", "/usr/share/man/man8/baton-router.8.gz", "/usr/share/man/man8/baton-admin.8.gz",
                                 "/usr/share/doc/baton-router/OPERATIONS.md", "/usr/share/doc/baton-router/PROTOCOL.md",
                                 "/usr/share/doc/baton-router/copyright", "/usr/share/doc/baton-router/examples/ivr-example.py",
                                 "/usr/share/doc/baton-router/examples/baton-alerts.yml"})
            QVERIFY2(list.contains(QString::fromLatin1(path)), path);
        QVERIFY(!list.contains(QStringLiteral("/usr/bin/baton")));
        // The unit's Documentation= points at files the package installs.
        QFile unit(m_routerRoot + QStringLiteral("/lib/systemd/system/baton-router.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(unit.readAll());
        const auto docs = QRegularExpression(QStringLiteral("^Documentation=(.*)$"), QRegularExpression::MultilineOption).match(text);
        QVERIFY(docs.hasMatch());
        for (const QString &uri : docs.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(list.contains(QString(uri).remove(QStringLiteral("file:"))), qPrintable(uri));
        QVERIFY(text.contains(QStringLiteral("User=baton")));
    }

    void maintainerScriptsAndConffiles()
    {
        const QString control = m_dir.filePath(QStringLiteral("control-router"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_routerDeb, control}).code, 0);
        QFile conffiles(control + QStringLiteral("/conffiles"));
        QVERIFY(conffiles.open(QIODevice::ReadOnly));
        QCOMPARE(conffiles.readAll().trimmed(), QByteArray("/etc/baton/site.json"));
        for (const QString &script : {QStringLiteral("postinst"), QStringLiteral("prerm"), QStringLiteral("postrm")}) {
            const QString path = control + QLatin1Char('/') + script;
            QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(script));
            const Run syntax = run(QStringLiteral("sh"), {QStringLiteral("-n"), path});
            QVERIFY2(syntax.code == 0, qPrintable(script + QLatin1Char(' ') + syntax.err));
        }
        QFile postinst(control + QStringLiteral("/postinst"));
        QVERIFY(postinst.open(QIODevice::ReadOnly));
        QVERIFY(postinst.readAll().contains("adduser --system"));
    }

    void extractedProgramsRun()
    {
        const Run router = run(m_routerRoot + QStringLiteral("/usr/bin/baton-router"), {QStringLiteral("--version")});
        QCOMPARE(router.code, 0);
        QCOMPARE(router.out.trimmed(), QStringLiteral("baton-router " BATON_VERSION));
        const Run validate = run(m_routerRoot + QStringLiteral("/usr/bin/baton-admin"),
                                 {QStringLiteral("validate-config"), m_routerRoot + QStringLiteral("/etc/baton/site.json")});
        QVERIFY2(validate.code == 0, qPrintable(validate.out + validate.err));
        const Run desktop = run(m_desktopRoot + QStringLiteral("/usr/bin/baton"), {QStringLiteral("--version")});
        QCOMPARE(desktop.code, 0);
        QCOMPARE(desktop.out.trimmed(), QStringLiteral("baton " BATON_VERSION));

        if (!have(QStringLiteral("readelf")))
            QSKIP("readelf is not installed (binutils)");
        for (const QString &binary : {m_desktopRoot + QStringLiteral("/usr/bin/baton"), m_routerRoot + QStringLiteral("/usr/bin/baton-router"),
                                      m_routerRoot + QStringLiteral("/usr/bin/baton-admin")}) {
            const Run sections = run(QStringLiteral("readelf"), {QStringLiteral("-S"), QStringLiteral("-W"), binary});
            QVERIFY2(!sections.out.contains(QStringLiteral(".debug_info")), qPrintable(binary + QStringLiteral(" is not stripped")));
            const Run dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral("-W"), binary});
            QVERIFY2(!dynamic.out.contains(QStringLiteral("RPATH")) && !dynamic.out.contains(QStringLiteral("RUNPATH")),
                     qPrintable(binary + QStringLiteral(" keeps a library path of the build tree")));
            QVERIFY2(dynamic.out.contains(QStringLiteral("BIND_NOW")), qPrintable(binary + QStringLiteral(" is not linked with -z now")));
        }
    }

    void desktopEntryValidates()
    {
        if (!have(QStringLiteral("desktop-file-validate")))
            QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
        const QString entry = m_desktopRoot + QStringLiteral("/usr/share/applications/cc.baton.Baton.desktop");
        const Run r = run(QStringLiteral("desktop-file-validate"), {entry});
        QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out + r.err));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("\nIcon=cc.baton.Baton\n")));
        QVERIFY(text.contains(QStringLiteral("\nExec=baton\n")));
        QVERIFY(text.contains(QStringLiteral("\nName[zh_CN]=")) && text.contains(QStringLiteral("\nName[zh_TW]=")));
        QVERIFY(text.contains(QStringLiteral("\nComment[zh_CN]=")) && text.contains(QStringLiteral("\nComment[zh_TW]=")));
    }

    void metainfoValidates()
    {
        if (!have(QStringLiteral("appstreamcli")))
            QSKIP("appstreamcli is not installed (appstream)");
        const Run r = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_desktopRoot});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QRegularExpression(QStringLiteral("^[EW]:"), QRegularExpression::MultilineOption)), qPrintable(r.out));
        QFile file(m_desktopRoot + QStringLiteral("/usr/share/metainfo/cc.baton.Baton.metainfo.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY(xml.contains("xml:lang=\"zh_CN\"") && xml.contains("xml:lang=\"zh_TW\""));
        QVERIFY(xml.contains("<launchable type=\"desktop-id\">cc.baton.Baton.desktop</launchable>"));
    }

    void unitVerifies()
    {
        if (!have(QStringLiteral("systemd-analyze")))
            QSKIP("systemd-analyze is not installed (systemd)");
        // Point the unit at the extracted binary: verify checks that ExecStart= exists.
        QFile unit(m_routerRoot + QStringLiteral("/lib/systemd/system/baton-router.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(unit.readAll());
        text.replace(QStringLiteral("ExecStart=/usr/bin/baton-router"), QStringLiteral("ExecStart=") + m_routerRoot + QStringLiteral("/usr/bin/baton-router"));
        QFile copy(m_dir.filePath(QStringLiteral("baton-router.service")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text.toUtf8());
        copy.close();
        const Run r = run(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), copy.fileName()});
        // Only this unit's own findings count (the host's other units may have their own).
        QString own;
        for (const QString &line : (r.out + r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(QStringLiteral("baton-router.service")))
                own += line + QLatin1Char('\n');
        }
        QVERIFY2(own.isEmpty(), qPrintable(own));
    }

    void lintianIsClean()
    {
        if (!have(QStringLiteral("lintian")))
            QSKIP("lintian is not installed");
        const Run r = run(QStringLiteral("lintian"), {QStringLiteral("--fail-on"), QStringLiteral("error,warning"), m_desktopDeb, m_routerDeb});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
