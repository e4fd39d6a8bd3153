/* disasm.h: a human-readable listing of Code objects, for tests and debugging.
 * The opcode and operator name tables (spy_op_names, spy_binop_symbols) are declared in
 * bytecode.h and defined in disasm.c. */
#ifndef SPY_DISASM_H
#define SPY_DISASM_H

#include "vm.h"

/* Listing of `c` and, after it, of every code object among its constants (recursively).
 * One header line per code object:
 *     code <qualname> name=<name> line=<firstline> flags=<CO_* names> args=<nargs>
 *          posonly=<n> kwonly=<n> locals=<n> cells=<n> free=<n> stack=<stacksize>
 * then `  localnames: a b c` and `  consts: None, 'doc'` when there are any, then one line
 * per instruction:
 *     <index> <line>:<col>-<end_line>:<end_col> <OPNAME> [<arg> [(<meaning>)]]
 * e.g. "    3 2:4-2:9 LOAD_FAST 0 (x)", then `  exceptions:` and one line per entry:
 *     <start>-<end> -> <handler> depth <d>[ lasti]
 * Throws only the memory-limit error. */
Str *spy_code_dump(VM *vm, Code *c);

#endif
