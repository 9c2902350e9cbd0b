// SPDX-FileCopyrightText: 2026 Mentor Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace md {

class Database;

// RAII write transaction: rolls back unless commit() succeeded. A Transaction opened while
// another is active becomes a SAVEPOINT, so services can call each other.
//
//   Transaction tx(db);
//   if (!tx.ok()) return tx.error();
//   ... writes ...
//   return tx.commit();
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_started; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    bool m_started = false;
    bool m_done = false;
    Error m_error;
};

} // namespace md
