// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// md_iconrender: renders the one application SVG into the PNG sizes that desktops and installers
// want, at build time, so no size is drawn or committed by hand.
//   md_iconrender SVG OUTDIR hicolor SIZE...   -> OUTDIR/<S>x<S>/apps/mentordesk.png
//   md_iconrender SVG OUTFILE.ico SIZE...      -> one Windows icon holding every size (PNG-compressed)
//   md_iconrender SVG OUTDIR iconset           -> a macOS .iconset folder for iconutil
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "md_iconrender: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

void put16(QByteArray &out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

// An ICO file: a directory of entries, each image stored as PNG (valid since Windows Vista).
QByteArray ico(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int s : sizes)
        images.append(png(render(svg, s)));
    QByteArray out;
    put16(out, 0);
    put16(out, 1);
    put16(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int s = sizes.at(i);
        out.append(char(s >= 256 ? 0 : s));
        out.append(char(s >= 256 ? 0 : s));
        out.append(char(0));
        out.append(char(0));
        put16(out, 1);
        put16(out, 32);
        put32(out, quint32(images.at(i).size()));
        put32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: md_iconrender SVG OUT (hicolor SIZE...|iconset|SIZE...)\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "md_iconrender: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString out = args.at(2);
    const QString mode = args.at(3);
    QList<int> sizes;
    for (const QString &a : args.mid(mode == QLatin1String("hicolor") ? 4 : 3))
        if (const int s = a.toInt(); s > 0)
            sizes.append(s);

    if (mode == QLatin1String("hicolor")) {
        for (int s : sizes)
            if (!writeFile(QStringLiteral("%1/%2x%2/apps/mentordesk.png").arg(out).arg(s), png(render(svg, s))))
                return 1;
        return 0;
    }
    if (mode == QLatin1String("iconset")) {
        for (int s : {16, 32, 128, 256, 512}) {
            if (!writeFile(QStringLiteral("%1/icon_%2x%2.png").arg(out).arg(s), png(render(svg, s))) ||
                !writeFile(QStringLiteral("%1/icon_%2x%2@2x.png").arg(out).arg(s), png(render(svg, 2 * s))))
                return 1;
        }
        return 0;
    }
    return writeFile(out, ico(svg, sizes)) ? 0 : 1;
}
