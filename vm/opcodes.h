/* opcodes.h: the bytecode, defined once.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in the high 24
 * (`op = w & 0xff`, `arg = w >> 8`).  Jump targets are absolute instruction indexes.
 * Stack notation below: ... a b -> ... c  (b on top).  "NULL" is a VT_NULL value.
 *
 * This file is re-included with different OP() definitions to build the opcode enum,
 * the name table and the computed-goto table.  Only OP(...) lines and comments here.
 *
 * Call protocol: the callee is pushed, then either the self value (LOAD_METHOD) or NULL
 * (PUSH_NULL), then the arguments:  ... callable self_or_NULL arg1 .. argN
 * CALL N pops all N+2 and pushes the result; when self is not NULL it is passed as the
 * first of N+1 arguments.  CALL_KW N: as CALL, but the top of stack is a constant tuple of
 * keyword names (popped first); the last len(names) of the N arguments are the keyword
 * values, in that order.  CALL_EX flags: ... callable NULL args_tuple [kwargs_dict] with
 * flags&1 meaning the kwargs dict is present (f(*a, **k) forms).
 *
 * Exceptions: there is no block stack.  Each Code has an exception table (object.h
 * ExcEntry).  When an exception is raised inside a covered range, the VM truncates the
 * value stack to the entry's depth, pushes the exception and jumps to the handler.
 * A handler that catches begins with PUSH_EXC_INFO and ends with POP_EXCEPT.
 * `finally` bodies are compiled twice (normal path and exceptional path, which ends in
 * RERAISE), and return/break/continue inside try/finally inline the finally body, so the
 * VM needs nothing more.  The "handled exception" (what bare `raise` re-raises and what
 * becomes __context__) is vm->handled; PUSH_EXC_INFO saves the previous one on the stack.
 *
 * Comprehensions are, as in CPython 3.11, nested functions (named <listcomp>, <setcomp>,
 * <dictcomp>, <genexpr>) called once with the iterator of the first `for` as their only
 * argument (local slot 0, named ".0"), so tracebacks show their frames as CPython does.
 */

/* ---- stack manipulation */
OP(NOP)
OP(POP_TOP)            /* a -> */
OP(PUSH_NULL)          /* -> NULL */
OP(COPY)               /* arg n>=1: ... x (n-1 items) -> ... x (n-1 items) x */
OP(SWAP)               /* arg n>=2: swap TOS with the n-th item from the top */

/* ---- constants and variables */
OP(LOAD_CONST)         /* arg: consts index;   -> v */
OP(LOAD_SMALL_INT)     /* arg: signed 24-bit int (arg - 0x800000); -> int */
OP(LOAD_FAST)          /* arg: local slot; -> v   (UnboundLocalError if NULL) */
OP(STORE_FAST)         /* arg: local slot; v -> */
OP(DELETE_FAST)        /* arg: local slot (UnboundLocalError if NULL) */
OP(LOAD_DEREF)         /* arg: slot holding a Cell; -> cell value (NameError for free vars if empty:
                          "cannot access free variable 'x' where it is not associated with a value
                          in enclosing scope"; UnboundLocalError for own cells) */
OP(STORE_DEREF)        /* arg: cell slot; v -> */
OP(DELETE_DEREF)       /* arg: cell slot */
OP(LOAD_CLOSURE)       /* arg: cell slot; -> the Cell itself (to build a closure tuple) */
OP(MAKE_CELL)          /* arg: slot; wraps the slot's current value (or NULL) in a new Cell */
OP(LOAD_GLOBAL)        /* arg: names index; -> v  (globals, then builtins; NameError
                          "name 'x' is not defined").  Uses the instruction's inline cache. */
OP(STORE_GLOBAL)       /* arg: names index; v -> */
OP(DELETE_GLOBAL)      /* arg: names index */
OP(LOAD_NAME)          /* arg: names index; locals mapping, then globals, then builtins */
OP(STORE_NAME)         /* arg: names index; v -> ; into the locals mapping */
OP(DELETE_NAME)        /* arg: names index */

/* ---- attributes and items */
OP(LOAD_ATTR)          /* arg: names index; obj -> obj.name */
OP(STORE_ATTR)         /* arg: names index; v obj -> ; obj.name = v */
OP(DELETE_ATTR)        /* arg: names index; obj -> */
OP(LOAD_METHOD)        /* arg: names index; obj -> meth obj  when obj.name is a method found on the type
                          (function or C method: no bound object is made), else  obj.name NULL */
OP(BINARY_SUBSCR)      /* obj key -> obj[key] */
OP(STORE_SUBSCR)       /* v obj key -> ; obj[key] = v */
OP(DELETE_SUBSCR)      /* obj key -> */
OP(BUILD_SLICE)        /* arg 2 or 3: start stop [step] -> slice */

/* ---- operators */
OP(BINARY_OP)          /* arg: BinOp (+ BO_INPLACE for augmented assignment); a b -> a op b */
OP(UNARY_OP)           /* arg: UnOp; a -> op a */
OP(COMPARE_OP)         /* arg: CmpOp; a b -> a op b */
OP(IS_OP)              /* arg 0: is, 1: is not; a b -> bool */
OP(CONTAINS_OP)        /* arg 0: in, 1: not in; a b -> bool (b contains a) */

/* ---- building */
OP(BUILD_TUPLE)        /* arg n: n items -> tuple */
OP(BUILD_LIST)         /* arg n: n items -> list */
OP(BUILD_SET)          /* arg n: n items -> set */
OP(BUILD_MAP)          /* arg n: k1 v1 .. kn vn -> dict */
OP(BUILD_STRING)       /* arg n: n strs -> concatenation (f-strings) */
OP(LIST_APPEND)        /* arg i: v -> ; appends v to the list at stack position i (1 = TOS after pop) */
OP(SET_ADD)            /* arg i: v -> ; as LIST_APPEND */
OP(MAP_ADD)            /* arg i: k v -> ; as LIST_APPEND */
OP(LIST_EXTEND)        /* arg i: iterable -> ; list at position i extends by it ([*a] displays) */
OP(SET_UPDATE)         /* arg i: iterable -> */
OP(DICT_UPDATE)        /* arg i: mapping -> ; {**m} ("'int' object is not a mapping") */
OP(DICT_MERGE)         /* arg i: mapping -> ; f(**m): TypeError on duplicate keyword
                          ("f() got multiple values for keyword argument 'x'"); the callable is at
                          stack position i+3 (below NULL and the args tuple), for the message */
OP(LIST_TO_TUPLE)      /* list -> tuple */
OP(FORMAT_VALUE)       /* arg: (conv & 3) | (has_spec << 2), conv 0 none 1 str 2 repr 3 ascii;
                          v [spec] -> str */
OP(UNPACK_SEQUENCE)    /* arg n: seq -> item_n-1 .. item_0 (item_0 on top); ValueError messages as CPython */
OP(UNPACK_EX)          /* arg: before | after << 8: seq -> after items, list, before items (first on top) */

/* ---- control flow */
OP(JUMP)               /* arg: target (forward) */
OP(JUMP_BACKWARD)      /* arg: target; a loop's back edge: safe point (GC, clock, cancel) */
OP(POP_JUMP_IF_FALSE)  /* arg: target; v -> */
OP(POP_JUMP_IF_TRUE)   /* arg: target; v -> */
OP(POP_JUMP_IF_NONE)   /* arg: target; v -> */
OP(POP_JUMP_IF_NOT_NONE) /* arg: target; v -> */
OP(JUMP_IF_FALSE_OR_POP) /* arg: target; v -> v (jump) | -> (fall through) */
OP(JUMP_IF_TRUE_OR_POP)  /* arg: target */
OP(GET_ITER)           /* obj -> iter(obj) */
OP(FOR_ITER)           /* arg: target; it -> it next  | on exhaustion: it -> (pops it) and jumps */
OP(RETURN_VALUE)       /* v -> (returns from the frame) */

/* ---- functions and calls */
OP(MAKE_FUNCTION)      /* arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 (unused annotations),
                          8 closure tuple; stack: [defaults] [kwdefaults] [closure] code -> func */
OP(CALL)               /* arg n: see call protocol above */
OP(CALL_KW)            /* arg n */
OP(CALL_EX)            /* arg flags */

/* ---- exceptions */
OP(RAISE_VARARGS)      /* arg 0: re-raise vm->handled ("No active exception to reraise");
                          1: exc -> ; 2: exc cause -> (raise exc from cause) */
OP(RERAISE)            /* arg 0 or 1: exc -> re-raise it unchanged (traceback kept); arg 1: a lasti
                          int lies under exc (CPython's frame line; we ignore it: the handler search
                          continues from the RERAISE itself) */
OP(PUSH_EXC_INFO)      /* exc -> prev_handled exc ; vm->handled = exc */
OP(POP_EXCEPT)         /* prev_handled -> ; vm->handled = prev_handled */
OP(CHECK_EXC_MATCH)    /* exc type -> exc bool  (type: class or tuple; TypeError "catching classes
                          that do not inherit from BaseException is not allowed") */
OP(LOAD_ASSERTION_ERROR) /* -> AssertionError type */

/* ---- modules */
OP(IMPORT_NAME)        /* arg: names index (dotted name); -> module (only built-in modules exist:
                          ModuleNotFoundError "No module named 'x'") */
OP(IMPORT_FROM)        /* arg: names index; module -> module attr (ImportError
                          "cannot import name 'x' from 'm' (unknown location)") */
OP(IMPORT_STAR)        /* module -> ; copies public names into the locals mapping */

/* ---- issue 4 (reserved so the numbering is stable) */
OP(LOAD_BUILD_CLASS)
OP(SETUP_ANNOTATIONS)
OP(YIELD_VALUE)
OP(GET_YIELD_FROM_ITER)
OP(SEND)
OP(RETURN_GENERATOR)
OP(BEFORE_WITH)
OP(WITH_EXCEPT_START)
OP(LOAD_CLASSDEREF)
