/* object.h: the heap object layouts of the VM.
 *
 * Every heap object starts with `Obj`: the link in the all-objects list the GC sweeps,
 * the Python-level class (`type`, a TypeObj), the C layout (`kind`), and the mark bit.
 * `kind` says how the C struct is laid out; `type` says what Python sees.  They differ for
 * instances of user subclasses of built-in types (issue 4): a subclass of list has kind
 * K_LIST and a user TypeObj as type.
 *
 * All memory hanging off an object (list items, dict tables, str data, mpz limbs) is
 * allocated through the funnel (mem.c) and released by the GC's free routine for its kind.
 * The per-type operations live one file per type (str.c, int.c, list.c, ...); their
 * prototypes are at the end of this header.  Functions documented "throws" may longjmp
 * (see vm.h); all others never do. */
#ifndef SPY_OBJECT_H
#define SPY_OBJECT_H

#include <gmp.h>

#include "value.h"

typedef struct VM VM;
typedef struct TypeObj TypeObj;

typedef enum ObjKind {
    K_TYPE = 1,
    K_STR,
    K_BIGINT,
    K_LIST,
    K_TUPLE,
    K_DICT,
    K_SET,
    K_FROZENSET,
    K_RANGE,
    K_SLICE,
    K_FUNC,       /* Python function */
    K_CFUNC,      /* C function, possibly bound to a self (a bound builtin method) */
    K_METHOD,     /* Python function bound to an instance (issue 4) */
    K_CODE,
    K_CELL,
    K_MODULE,
    K_EXC,        /* exception instance (built-in or user exception class) */
    K_INSTANCE,   /* instance of a plain user class (issue 4) */
    K_ITER,       /* built-in iterator; IterObj.sub says which */
    K_DICTVIEW,   /* dict_keys / dict_values / dict_items; DictView.sub says which */
    K_SINGLETON,  /* NotImplemented, Ellipsis */
    K_TRACEBACK,  /* one traceback record (not visible to Python) */
    K_ARENA,      /* compiler/parser memory arena (not visible to Python) */
    K_BUF,        /* growable byte buffer for builders (not visible to Python) */
    K_PROPERTY,   /* issue 4: property, staticmethod, classmethod */
    K_STATICMETHOD,
    K_CLASSMETHOD,
    K_GENERATOR,  /* issue 4 */
    K_SUPER,      /* issue 4 */
    K_ALIAS,      /* list[int], int | None, typing.List[int] (annotations) */
    K_MEMBER,     /* a __slots__ entry in a class: reads and writes Instance.slots */
    K_KIND_COUNT
} ObjKind;

struct Obj {
    Obj *gcnext;     /* all-objects list, newest first (gc.c relies on the order) */
    TypeObj *type;   /* Python-level class; never NULL */
    uint8_t kind;    /* ObjKind */
    uint8_t marked;  /* GC mark */
    uint8_t flags;   /* per-kind bits, e.g. STR_INTERNED */
    uint8_t spare;
    uint32_t spare2;
};

/* ---------------------------------------------------------------- strings */

/* A str stores its code points in the narrowest of 1, 2 or 4 bytes each (as CPython's
 * PEP 393): O(1) indexing and slicing, and hashing over exactly the bytes CPython hashes,
 * so hash values (and thus set iteration orders) equal CPython's under PYTHONHASHSEED=0.
 * `data` holds len*kind bytes plus a zero code unit.  When `ascii` is set, `data` is also
 * the UTF-8 text.  `utf8` caches the UTF-8 encoding of a non-ASCII str (funnel memory,
 * freed with the str). */
#define STR_INTERNED 1
typedef struct Str {
    Obj hdr;
    int64_t len;       /* code points */
    int64_t hash;      /* -1 until computed */
    uint8_t kind;      /* 1, 2 or 4 */
    uint8_t ascii;
    char *utf8;        /* NULL or cached UTF-8 of a non-ASCII str */
    int64_t utf8len;
    _Alignas(8) unsigned char data[];
} Str;

#define STR_DATA1(s) ((const uint8_t *)(s)->data)
#define STR_DATA2(s) ((const uint16_t *)(s)->data)
#define STR_DATA4(s) ((const uint32_t *)(s)->data)
SPY_INLINE uint32_t str_char(const Str *s, int64_t i)
{
    return s->kind == 1 ? STR_DATA1(s)[i] : s->kind == 2 ? STR_DATA2(s)[i] : STR_DATA4(s)[i];
}

/* ---------------------------------------------------------------- numbers */

/* An int outside int64.  Invariant (value.h): never holds a value that fits in int64. */
typedef struct BigInt {
    Obj hdr;
    mpz_t z;
} BigInt;

/* ---------------------------------------------------------------- containers */

typedef struct List {
    Obj hdr;
    int64_t len, cap;
    Value *items;      /* funnel memory, cap slots */
} List;

typedef struct Tuple {
    Obj hdr;
    int64_t len;
    int64_t hash;      /* -1 until computed (only cached when hashable) */
    Value items[];
} Tuple;

/* Insertion-ordered hash table: `entries` in insertion order (deleted ones have a VT_NULL
 * key), `index` an open-addressing table of entry numbers (-1 empty, -2 deleted).
 * `version` changes whenever a key is added or removed (not when a value is replaced);
 * LOAD_GLOBAL's inline cache relies on it. */
typedef struct DictEntry {
    int64_t hash;
    Value key;
    Value value;
} DictEntry;

typedef struct Dict {
    Obj hdr;
    int64_t used;      /* live entries */
    int64_t nentries;  /* entries[] slots used, including deleted */
    int64_t cap;       /* entries[] capacity */
    int64_t mask;      /* index table size - 1 (size is a power of two) */
    int32_t *index;        /* one funnel block: the index, then the entries */
    DictEntry *entries;
    uint64_t version;
} Dict;

/* set and frozenset: CPython's open-addressing layout and probe sequence, so that the
 * iteration order equals CPython's.  A slot is empty when its key is VT_NULL and hash 0,
 * a dummy (deleted) when its key is VT_NULL and hash -1. */
typedef struct SetEntry {
    Value key;
    int64_t hash;
} SetEntry;

typedef struct Set {
    Obj hdr;
    int64_t fill;      /* active + dummy */
    int64_t used;      /* active */
    int64_t mask;
    int64_t finger;    /* for pop() */
    int64_t hash;      /* frozenset hash cache, -1 */
    SetEntry *table;
} Set;

typedef struct Range {
    Obj hdr;
    int64_t start, stop, step, len;
} Range;

typedef struct Slice {
    Obj hdr;
    Value start, stop, step;   /* None when omitted */
} Slice;

/* ---------------------------------------------------------------- code and functions */

/* Exception table entry: an exception raised at an instruction in [start, end) jumps to
 * `handler` after truncating the frame's value stack to `depth` entries above the frame's
 * stack base and pushing the exception (and, when `lasti`, first pushing the offset of the
 * raising instruction as an int).  Entries are innermost-first for nested ranges (the
 * first entry that contains the offset wins). */
typedef struct ExcEntry {
    uint32_t start, end, handler;
    uint16_t depth;
    uint8_t lasti;
    uint8_t spare;
} ExcEntry;

/* Source position of one instruction: 1-based lines, 0-based UTF-8 byte columns, as
 * CPython's co_positions().  line 0 means "no position" (prints no source line). */
typedef struct Pos {
    int32_t line, end_line;
    int32_t col, end_col;
} Pos;

#define CO_VARARGS     0x01
#define CO_VARKEYWORDS 0x02
#define CO_GENERATOR   0x04
#define CO_MODULE      0x08   /* module or exec/eval code: names resolve with *_NAME ops */
#define CO_NESTED      0x10
#define CO_CLASS       0x20   /* class body (issue 4) */

/* A compiled code object.  Locals layout in a frame ("localsplus", as CPython):
 *   [0 .. nlocals)                    plain locals; arguments first
 *        (nargs positional incl. posonly, then nkwonly, then *args, then **kwargs)
 *   [nlocals .. nlocals+ncells)       cell variables that are not arguments, each slot holds
 *                                      a Cell; an argument that is a cell keeps its local slot,
 *                                      and MAKE_CELL at entry replaces its value by a Cell
 *   [nlocals+ncells .. +nfree)        free variables, copied from the function's closure
 * `nlocalsplus` = nlocals + ncells + nfree; `stacksize` = max value-stack depth. */
typedef struct Code {
    Obj hdr;
    uint32_t *code;        /* instructions: op = w & 0xff, arg = w >> 8 */
    int32_t ncode;
    int32_t nconsts;
    Value *consts;
    int32_t nnames;
    struct Str **names;    /* global / attribute / import names, interned */
    int32_t nargs, nposonly, nkwonly;
    int32_t nlocals, ncells, nfree, nlocalsplus;
    struct Str **localnames;  /* nlocalsplus names, interned */
    int32_t stacksize;     /* maximum depth + 1 (BUILD_SET/BUILD_MAP park their object) */
    int32_t flags;         /* CO_* */
    int32_t firstline;
    struct Str *name, *qualname, *filename;
    struct Str *source;    /* whole source text, for traceback lines (shared) */
    Pos *pos;              /* ncode entries */
    int32_t nexc;
    ExcEntry *exc;
    uint32_t *cache;       /* inline caches, see opcodes.h; ncache words, zeroed */
    int32_t ncache;
} Code;

typedef struct Cell {
    Obj hdr;
    Value v;               /* VT_NULL when empty */
} Cell;

typedef struct Func {
    Obj hdr;
    Code *code;
    struct Dict *globals;
    struct Tuple *defaults;    /* NULL or positional defaults (last ones) */
    struct Dict *kwdefaults;   /* NULL or kw-only defaults */
    struct Tuple *closure;     /* NULL or tuple of Cells, code->nfree long */
    struct Str *name, *qualname;
    struct Dict *dict;         /* NULL or function attributes */
    Value doc;
    Value module;              /* __module__ (str) */
} Func;

/* A C function.  Calling convention ("vectorcall"): `args` holds `nargs` positional
 * arguments followed by one value per name in `kwnames` (NULL when there are no keyword
 * arguments).  `args` points into the VM's value stack or a C array; the callee must not
 * keep the pointer.  Returns the result; throws on error. */
typedef Value (*CFn)(VM *vm, int nargs, Value *args, struct Tuple *kwnames);

typedef struct CFunc {
    Obj hdr;
    const char *name;
    CFn fn;
    Value self;            /* VT_NULL: plain function; else bound: self is passed as args[0] */
    TypeObj *owner;        /* type that defines it as a method, or NULL */
    uint32_t flags;        /* CF_* */
} CFunc;
#define CF_STATIC   1      /* method that does not take self (e.g. dict.fromkeys, str.maketrans) */
#define CF_CLASS    2      /* classmethod-like: receives the type as self */

typedef struct Method {    /* a function bound to self (or to a class by classmethod) */
    Obj hdr;
    Value func;
    Value self;
} Method;

/* An instance of a user class whose layout is plain (K_INSTANCE), and of `object`. */
typedef struct Instance {
    Obj hdr;
    struct Dict *dict;     /* attributes; NULL until the first one is set */
    struct Dict *slots;    /* values of __slots__ members (kept out of __dict__), or NULL */
} Instance;

/* A member descriptor made for each name of a class's __slots__. */
typedef struct Member {
    Obj hdr;
    struct Str *name;
    TypeObj *owner;
} Member;

/* staticmethod(f) and classmethod(f). */
typedef struct Wrapper {
    Obj hdr;
    Value func;
} Wrapper;

/* property(fget, fset, fdel, doc); `name` is set by __set_name__ (for messages). */
typedef struct Property {
    Obj hdr;
    Value fget, fset, fdel, doc;
    struct Str *name;
} Property;

/* super(type, obj): attribute lookup along type(obj)'s MRO after `type`.  `objtype` is
 * the class the lookup starts from (obj's class, or obj itself for super(type, type2)). */
typedef struct Super {
    Obj hdr;
    TypeObj *type;
    Value obj;
    TypeObj *objtype;
} Super;

typedef struct Module {
    Obj hdr;
    struct Str *name;
    struct Dict *dict;
} Module;

/* ---------------------------------------------------------------- exceptions */

/* One traceback record: a frame's code and the instruction that was executing.
 * Records form a list from the outermost frame (head) to the innermost, as tb_next. */
typedef struct Traceback {
    Obj hdr;
    struct Traceback *next;
    Code *code;
    int32_t instr;
} Traceback;

/* An exception instance.  `cause`/`context` are VT_NULL or VT_NONE when absent.
 * `value` is StopIteration.value / SystemExit.code.  `dict` holds user attributes and
 * SyntaxError's filename/lineno/offset/text/msg. */
typedef struct ExcObj {
    Obj hdr;
    struct Tuple *args;
    Value cause, context;
    bool suppress_context;
    Traceback *tb;
    struct Dict *dict;
    Value value;
} ExcObj;

/* ---------------------------------------------------------------- types */

#define TF_BASETYPE   0x01   /* may be subclassed */
#define TF_HEAPTYPE   0x02   /* user class (issue 4) */
#define TF_EXCEPTION  0x04   /* BaseException or a subclass */
#define TF_NODICT     0x08   /* user class whose instances have only __slots__ */
#define TF_SETATTR    0x10   /* a user class in the MRO defines __setattr__ or __delattr__ */
#define TF_GETATTR    0x20   /* a user class in the MRO defines __getattr__ */
#define TF_DESCR      0x40   /* a user class in the MRO has a data descriptor or property
                                (attribute reads must consult the class before the instance) */

/* A method table entry for a built-in type: registered into the type's dict at start as an
 * unbound CFunc (so `str.upper` exists).  A method's CFn receives self as args[0], and
 * nargs counts it: `"ab".split(",")` calls fn(vm, 2, ["ab", ","], NULL); the VM checks
 * neither the type of self nor the count: the method does ("descriptor 'upper' for 'str'
 * objects doesn't apply to a 'int' object" when called unbound with a wrong self).
 * CF_STATIC methods get no self; CF_CLASS methods get the type as args[0].
 * A NULL-named entry ends the table. */
typedef struct MethodDef {
    const char *name;
    CFn fn;
    uint32_t flags;          /* CF_* */
} MethodDef;

struct TypeObj {
    Obj hdr;
    struct Str *name;        /* __name__ */
    struct Str *qualname;
    TypeObj *base;           /* first base (C layout parent) or NULL for object */
    struct Tuple *bases;
    struct Tuple *mro;       /* tuple of TypeObj, starting with this type */
    struct Dict *dict;       /* methods and class attributes */
    uint8_t layout;          /* ObjKind of instances */
    uint32_t tflags;         /* TF_* */
    uint64_t version;        /* bumped when this type's or a base's dict changes */
    Value module;            /* __module__ */
    /* User classes whose layout is a built-in type's (a list subclass): byte offset of the
     * instance's Dict * (after the built-in struct), 0 when instances have none there. */
    uint32_t dictoffset;
    uint32_t instsize;       /* bytes of an instance of a user class */
    struct Tuple *slots;     /* __slots__ names (TF_NODICT) or NULL */
    /* Called for `T(...)`: the constructor of a built-in type (NULL: not callable). */
    Value (*ctor)(VM *vm, TypeObj *t, int nargs, Value *args, struct Tuple *kwnames);
};

/* ---------------------------------------------------------------- iterators and views */

typedef enum IterKind {
    IT_LIST, IT_TUPLE, IT_STR, IT_RANGE, IT_DICT_KEYS, IT_DICT_VALUES, IT_DICT_ITEMS,
    IT_SET, IT_LIST_REVERSED, IT_ENUMERATE, IT_ZIP, IT_MAP, IT_FILTER, IT_CALLABLE,
    IT_SEQ,   /* generic: obj[0], obj[1], ... until IndexError (issue 4) */
} IterKind;

/* One struct for every built-in iterator; `sub` picks the meaning of the fields:
 *   seq: the iterated object (list, tuple, str, dict, set, or a tuple of iterators for zip)
 *   fn:  map/filter function, iter(callable, sentinel) callable
 *   aux: enumerate counter when it overflows int64; iter(callable, sentinel) sentinel
 *   i, n, step: position, length/end, stride (range: next value and remaining count)
 *   ver: dict/set used at creation, to raise "changed size during iteration" */
typedef struct IterObj {
    Obj hdr;
    uint8_t sub;
    Value seq, fn, aux;
    int64_t i, n, step;
    int64_t ver;
} IterObj;

typedef enum ViewKind { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } ViewKind;
typedef struct DictView {
    Obj hdr;
    uint8_t sub;
    Dict *dict;
} DictView;

typedef struct Singleton {
    Obj hdr;
    const char *repr;
} Singleton;

/* A parameterised generic (`list[int]`) or a union (`int | None`), made when annotations
 * are evaluated.  `origin` is a type, or a str naming a typing form ("typing.List");
 * `args` is a tuple.  A union has origin VT_NULL. */
typedef struct Alias {
    Obj hdr;
    Value origin;
    Value args;
} Alias;

/* Growable byte buffer owned by the GC (so a builder abandoned by a throw is freed). */
typedef struct Buf {
    Obj hdr;
    char *data;
    int64_t len, cap;
} Buf;

#endif
