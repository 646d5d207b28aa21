// What an error does to the rest of the batch: THE one place that encodes SQL Server's rules
// (Erland Sommarskog, "Error and Transaction Handling in SQL Server", part 2, "Classification of
// errors"; Microsoft docs "TRY...CATCH", "SET XACT_ABORT", "THROW", "RAISERROR"):
//
//  - statement-terminating (the default): the statement fails, the batch goes on;
//  - batch-aborting: conversion errors, THROW, nesting overflow, uncommittable transactions;
//  - under SET XACT_ABORT ON every error except RAISERROR's aborts the batch and rolls back;
//  - severity >= 20 ends the connection (msxd: ends the batch, see README);
//  - severity <= 10 is a message, never an error; TRY catches 11..19.
import type { SqlError } from '../../errors/sql-error';

export type ErrorScope = 'statement' | 'scope' | 'batch';

/** Runtime errors that abort the batch even with XACT_ABORT OFF. */
const BATCH_ABORTING = new Set<number>([
  241, // Conversion failed when converting date and/or time from character string.
  242, // ... out-of-range datetime value
  245, // Conversion failed when converting the %ls value '%.*ls' to data type %ls.
  8114, // Error converting data type %ls to %ls.
  8169, // Conversion failed when converting from a character string to uniqueidentifier.
  217, // Maximum stored procedure ... nesting level exceeded
  3998, // Uncommittable transaction is detected at the end of the batch.
]);

/**
 * Deferred name resolution: a missing object is found when the statement is compiled at run time,
 * which aborts the current scope (the procedure or dynamic SQL; the batch at batch level) while
 * the caller goes on (Sommarskog, "scope-abortion").
 */
const SCOPE_ABORTING = new Set<number>([
  208, // Invalid object name '%.*ls'.
]);

/** How an error was raised: RAISERROR never aborts, THROW always does. */
export type ErrorOrigin = 'engine' | 'raiserror' | 'throw';

const origins = new WeakMap<SqlError, ErrorOrigin>();

export function markOrigin(e: SqlError, origin: ErrorOrigin): SqlError {
  origins.set(e, origin);
  return e;
}

export function originOf(e: SqlError): ErrorOrigin {
  return origins.get(e) ?? 'engine';
}

export function errorScope(e: SqlError, xactAbort: boolean): ErrorScope {
  const origin = originOf(e);
  if (origin === 'raiserror') return e.severity >= 20 ? 'batch' : 'statement';
  if (origin === 'throw') return 'batch';
  if (e.severity >= 20) return 'batch';
  if (xactAbort) return 'batch';
  if (SCOPE_ABORTING.has(e.number)) return 'scope';
  return BATCH_ABORTING.has(e.number) ? 'batch' : 'statement';
}

/** XACT_ABORT ON rolls the transaction back together with the batch (not for RAISERROR). */
export function rollsBackTransaction(e: SqlError, xactAbort: boolean): boolean {
  return xactAbort && originOf(e) !== 'raiserror';
}

/** BEGIN TRY catches errors of severity 11..19 (higher ones end the connection). */
export function isCatchable(e: SqlError): boolean {
  return e.severity > 10 && e.severity < 20;
}

/**
 * A caught error leaves the transaction uncommittable (XACT_STATE() = -1) when it would have
 * rolled it back or aborted the batch outside TRY; RAISERROR and THROW never doom by themselves.
 */
export function doomsTransaction(e: SqlError, xactAbort: boolean): boolean {
  const origin = originOf(e);
  if (origin === 'raiserror') return false;
  if (xactAbort) return true;
  return origin === 'engine' && BATCH_ABORTING.has(e.number);
}

/**
 * Errors SQL Server reports on Line 0 of a procedure (argument binding: 201, 8144 ...); other
 * errors without a line take the line of the statement that failed.
 */
const lineZero = new WeakSet<SqlError>();

export function keepLineZero(e: SqlError): SqlError {
  lineZero.add(e);
  return e;
}

export function keepsLineZero(e: SqlError): boolean {
  return lineZero.has(e);
}
