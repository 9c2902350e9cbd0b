// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SealedFile.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <array>
#include <vector>

namespace md {

namespace {

constexpr char kMagic[8] = {'M', 'D', 'S', 'E', 'A', 'L', '0', '1'};
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kHeaderSize = 8 + 8 + 8 + crypto_pwhash_SALTBYTES + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The derived key, kept in locked memory and wiped when it goes.
class SecretKey
{
public:
    SecretKey() : m_key(static_cast<unsigned char *>(sodium_malloc(crypto_secretstream_xchacha20poly1305_KEYBYTES))) {}
    ~SecretKey() { sodium_free(m_key); }
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    unsigned char *data() { return m_key; }
    bool valid() const { return m_key != nullptr; }

    bool derive(const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
    {
        QByteArray utf8 = passphrase.toUtf8();
        const int rc = crypto_pwhash(m_key, crypto_secretstream_xchacha20poly1305_KEYBYTES, utf8.constData(),
                                     quint64(utf8.size()), salt, ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
        sodium_memzero(utf8.data(), size_t(utf8.size()));
        return rc == 0;
    }

private:
    unsigned char *m_key;
};

bool readExactly(QFile &f, char *into, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const qint64 got = f.read(into + done, n - done);
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

} // namespace

Status SealedFile::checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < 10)
        return Error::invalid(tr("The passphrase must be at least 10 characters long."));
    return {};
}

bool SealedFile::isSealed(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}

Status SealedFile::seal(const QString &plainPath, const QString &sealedPath, const QString &passphrase, Strength strength)
{
    if (!sodiumReady())
        return Error::io(tr("The encryption library could not start."));
    if (Status s = checkPassphrase(passphrase); !s)
        return s;
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be read: %2").arg(plainPath, in.errorString()));

    const quint64 ops = strength == Strength::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const quint64 mem = strength == Strength::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    QByteArray header(kHeaderSize, Qt::Uninitialized);
    char *p = header.data();
    memcpy(p, kMagic, sizeof kMagic);
    qToLittleEndian<quint64>(ops, p + 8);
    qToLittleEndian<quint64>(mem, p + 16);
    auto *salt = reinterpret_cast<unsigned char *>(p + 24);
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    auto *streamHeader = salt + crypto_pwhash_SALTBYTES;

    SecretKey key;
    if (!key.valid() || !key.derive(passphrase, salt, ops, mem))
        return Error::io(tr("There is not enough memory to derive the encryption key."));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.data());

    QSaveFile out(sealedPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(sealedPath, out.errorString()));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(header);

    std::vector<unsigned char> plain(kChunk);
    std::vector<unsigned char> cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    const auto *ad = reinterpret_cast<const unsigned char *>(header.constData());
    qint64 left = in.size();
    do {
        const qint64 n = qMin<qint64>(left, kChunk);
        if (n > 0 && !readExactly(in, reinterpret_cast<char *>(plain.data()), n)) {
            out.cancelWriting();
            return Error::io(tr("%1 could not be read to the end.").arg(plainPath));
        }
        left -= n;
        const unsigned char tag = left == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher.data(), &clen, plain.data(), quint64(n), ad,
                                                   quint64(header.size()), tag);
        char lengthBytes[4];
        qToLittleEndian<quint32>(quint32(clen), lengthBytes);
        out.write(lengthBytes, 4);
        out.write(reinterpret_cast<const char *>(cipher.data()), qint64(clen));
    } while (left > 0);
    sodium_memzero(plain.data(), plain.size());
    sodium_memzero(&state, sizeof state);
    if (!out.commit())
        return Error::io(tr("%1 could not be written (is the disk full?): %2").arg(sealedPath, out.errorString()));
    QFile::setPermissions(sealedPath, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcStorage) << "sealed file written";
    return {};
}

Status SealedFile::open(const QString &sealedPath, const QString &plainPath, const QString &passphrase)
{
    if (!sodiumReady())
        return Error::io(tr("The encryption library could not start."));
    QFile in(sealedPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be read: %2").arg(sealedPath, in.errorString()));
    QByteArray header(kHeaderSize, Qt::Uninitialized);
    if (!readExactly(in, header.data(), kHeaderSize) || !header.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return Error::invalid(tr("%1 is not an encrypted Mentor Desk file.").arg(sealedPath));
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + 8);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + 16);
    // Parameters outside what this program ever writes (Minimum to Interactive) mean a damaged or
    // hostile file: refuse rather than spend seconds and up to a gigabyte deriving a key.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_INTERACTIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_INTERACTIVE)
        return Error::invalid(tr("%1 is damaged: its key parameters are not ones Mentor Desk writes.").arg(sealedPath));
    const auto *salt = reinterpret_cast<const unsigned char *>(header.constData() + 24);
    const auto *streamHeader = salt + crypto_pwhash_SALTBYTES;

    SecretKey key;
    if (!key.valid() || !key.derive(passphrase, salt, ops, mem))
        return Error::io(tr("There is not enough memory to derive the encryption key."));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.data()) != 0)
        return Error::invalid(tr("%1 is damaged: its header is not valid.").arg(sealedPath));

    QSaveFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("%1 could not be written: %2").arg(plainPath, out.errorString()));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    std::vector<unsigned char> cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    std::vector<unsigned char> plain(kChunk);
    const auto *ad = reinterpret_cast<const unsigned char *>(header.constData());
    bool first = true;
    bool final = false;
    while (!final) {
        char lengthBytes[4];
        if (!readExactly(in, lengthBytes, 4)) {
            out.cancelWriting();
            return Error::invalid(tr("%1 is incomplete: it ends before its last part (was it cut short while copying?).")
                                      .arg(sealedPath));
        }
        const quint32 clen = qFromLittleEndian<quint32>(lengthBytes);
        if (clen < crypto_secretstream_xchacha20poly1305_ABYTES || clen > cipher.size()) {
            out.cancelWriting();
            return Error::invalid(tr("%1 has been altered or damaged (a part of the wrong size at byte %2).")
                                      .arg(sealedPath)
                                      .arg(in.pos() - 4));
        }
        if (!readExactly(in, reinterpret_cast<char *>(cipher.data()), clen)) {
            out.cancelWriting();
            return Error::invalid(tr("%1 is incomplete: it ends before its last part (was it cut short while copying?).")
                                      .arg(sealedPath));
        }
        unsigned long long plen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &plen, &tag, cipher.data(), clen, ad,
                                                       quint64(header.size()))
            != 0) {
            out.cancelWriting();
            sodium_memzero(plain.data(), plain.size());
            if (first)
                return Error::invalid(
                    tr("The passphrase is wrong, or %1 has been altered. Nothing was read from it.").arg(sealedPath));
            return Error::invalid(tr("%1 has been altered or damaged after byte %2; it was refused.")
                                      .arg(sealedPath)
                                      .arg(in.pos() - clen));
        }
        first = false;
        out.write(reinterpret_cast<const char *>(plain.data()), qint64(plen));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(plain.data(), plain.size());
    sodium_memzero(&state, sizeof state);
    if (!in.atEnd()) {
        out.cancelWriting();
        return Error::invalid(tr("%1 has been altered: there is data after its last part.").arg(sealedPath));
    }
    if (!out.commit())
        return Error::io(tr("%1 could not be written (is the disk full?): %2").arg(plainPath, out.errorString()));
    QFile::setPermissions(plainPath, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace md
