// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry of one target (MD_FUZZ_TARGET names it): every input goes through the same
// function the regression suite (tst_fuzzcorpus) calls. A crash, a sanitizer report or a refusal
// without a message stops the fuzzer and leaves the input as crash-<hash>.
#include "FuzzEntries.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt sees only the program name: libFuzzer's flags are not Qt's business.
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argc > 0 ? (*argv)[0] : nullptr), nullptr};
    static QCoreApplication app(qtArgc, qtArgv);
    md::fuzz::prepare();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const md::fuzz::Entry entry = md::fuzz::entryFor(QStringLiteral(MD_FUZZ_TARGET));
    if (!entry)
        std::abort();
    const md::fuzz::Outcome outcome =
        entry(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!outcome.accepted && outcome.message.trimmed().isEmpty()) {
        std::fprintf(stderr, "refused without a message\n");
        std::abort();
    }
    return 0;
}
