// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/LetterheadDialog.h"

#include "access/Session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

LetterheadDialog::LetterheadDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Letterhead"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The letterhead is printed at the top of every letter, with the footer at the foot "
                                "of each page. Letters already issued keep the letterhead they were sent with."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("School name"));
    m_address = new QPlainTextEdit(this);
    m_address->setAccessibleName(tr("School address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5 + 12);
    m_contact = new QLineEdit(this);
    m_contact->setAccessibleName(tr("Contact line"));
    m_contact->setPlaceholderText(tr("Telephone and email"));
    m_footer = new QPlainTextEdit(this);
    m_footer->setAccessibleName(tr("Footer"));
    m_footer->setTabChangesFocus(true);
    m_footer->setFixedHeight(m_footer->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("School &name:"), m_name);
    form->addRow(tr("&Address (one line each):"), m_address);
    form->addRow(tr("&Contact line:"), m_contact);
    form->addRow(tr("&Footer:"), m_footer);

    auto *logoRow = new QHBoxLayout;
    m_logoView = new QLabel(this);
    m_logoView->setAccessibleName(tr("Logo"));
    m_logoView->setMinimumSize(80, 80);
    m_logoView->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("Choose &logo\u2026"), this);
    choose->setAccessibleName(tr("Choose logo"));
    auto *remove = new QPushButton(tr("&Remove logo"), this);
    remove->setAccessibleName(tr("Remove logo"));
    logoRow->addWidget(m_logoView);
    logoRow->addWidget(choose);
    logoRow->addWidget(remove);
    logoRow->addStretch();
    form->addRow(tr("Logo:"), logoRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterheadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the school's logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            loadLogo(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });

    auto current = LetterheadStore(m_db).current();
    if (current) {
        m_name->setText(current->schoolName);
        m_address->setPlainText(current->addressLines().join(QLatin1Char('\n')));
        m_contact->setText(current->contact);
        m_footer->setPlainText(current->footer);
        m_logo = current->logoPng;
    } else {
        m_error->setText(current.error().message);
        m_error->show();
    }
    showLogo();
    resize(qMax(width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 90), sizeHint().height());
}

bool LetterheadDialog::loadLogo(const QString &path)
{
    QFile f(path);
    // Refused before it is read: a logo is a small picture, and a huge file would fill memory.
    if (f.open(QIODevice::ReadOnly) && f.size() > LetterheadStore::kMaxLogoBytes) {
        m_error->setText(tr("%1 is too large (%2 KB): use an image under 2 MB.").arg(path).arg(f.size() / 1024));
        m_error->show();
        return false;
    }
    const QByteArray bytes = f.isOpen() ? f.readAll() : QByteArray();
    if (QImage::fromData(bytes).isNull()) {
        m_error->setText(tr("%1 is not an image that can be used: choose a PNG or JPEG file.").arg(path));
        m_error->show();
        return false;
    }
    m_logo = bytes;
    m_error->hide();
    showLogo();
    return true;
}

void LetterheadDialog::showLogo()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull()) {
        m_logoView->setPixmap(QPixmap());
        m_logoView->setText(tr("No logo"));
        return;
    }
    m_logoView->setPixmap(QPixmap::fromImage(image.scaled(80, 80, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

Letterhead LetterheadDialog::letterhead() const
{
    Letterhead l;
    l.schoolName = m_name->text().trimmed();
    l.address = m_address->toPlainText().trimmed();
    l.contact = m_contact->text().trimmed();
    l.footer = m_footer->toPlainText().trimmed();
    l.logoPng = m_logo;
    return l;
}

void LetterheadDialog::accept()
{
    auto saved = LetterheadStore(m_db).save(m_session, letterhead());
    if (!saved) {
        m_error->setText(saved.error().fullText());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace md::ui
