/* strimpl.h: helpers shared by the str files only (str.c, str_methods.c, format.c).
 *
 * Everything else uses the str API of vm.h.  Code units are read with `str_char`
 * (object.h) and written with `unit_put`; a Str built by hand must go through
 * `spy_str_finish` (or be known canonical: narrowest kind, correct `ascii` flag). */
#ifndef SPY_STRIMPL_H
#define SPY_STRIMPL_H

#include "vm.h"

/* The narrowest kind that holds code point `maxchar`. */
SPY_INLINE int str_kind_for(uint32_t maxchar)
{
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

/* Writes code point `c` at index `i` of a buffer of `kind`-byte code units. */
SPY_INLINE void unit_put(void *data, int kind, int64_t i, uint32_t c)
{
    if (kind == 1) {
        ((uint8_t *)data)[i] = (uint8_t)c;
    } else if (kind == 2) {
        ((uint16_t *)data)[i] = (uint16_t)c;
    } else {
        ((uint32_t *)data)[i] = c;
    }
}

/* Largest code point of a canonical str, rounded to its class: 0x7F for ASCII, 0xFF, 0xFFFF
 * or 0x10FFFF by kind.  Enough to choose the kind of a result built from several strs. */
SPY_INLINE uint32_t str_maxclass(const Str *s)
{
    return s->ascii ? 0x7F : s->kind == 1 ? 0xFF : s->kind == 2 ? 0xFFFF : 0x10FFFF;
}

/* Copies n code units from src[soff..] to dst (a `dkind` buffer) at doff; widens or
 * narrows (narrowing only when every value fits).  Never throws. */
void spy_str_copy_units(void *dst, int dkind, int64_t doff, const Str *src, int64_t soff,
                        int64_t n);
/* A canonical str from n code units of width `kind` (any values); charges the scan. */
Str *spy_str_from_units(VM *vm, const void *data, int kind, int64_t n);
/* Index of needle in hay[start:end) (bounds clamped to the str), or -1; `rev` finds the
 * last occurrence.  An empty needle matches at start (end when rev) if start <= end.
 * Charges work by how far the search went, so repeated calls over one text stay linear. */
int64_t spy_str_find_in(VM *vm, Str *hay, Str *needle, int64_t start, int64_t end, bool rev);
/* A str of `kind` filled with `n` copies of code point `c` (n >= 0). */
void spy_str_fill(void *data, int kind, int64_t off, uint32_t c, int64_t n);

/* s, or the shared singleton equal to it when it is "" or one Latin-1 character; for a
 * hand-built str that is otherwise canonical.  Never throws. */
Str *spy_str_small(VM *vm, Str *s);
/* str.format_map(mapping): keyword fields are looked up in `mapping` (format.c). */
Str *spy_str_format_map(VM *vm, Str *fmt, Value mapping);
/* Appends s[i:j] / n copies of code point cp to a builder. */
void spy_sb_add_substr(VM *vm, StrBuf *sb, Str *s, int64_t i, int64_t j);
void spy_sb_add_fill(VM *vm, StrBuf *sb, uint32_t cp, int64_t n);
/* Appends n bytes to b and returns where to write them (memory-limit error if too big). */
char *spy_buf_extend(VM *vm, Buf *b, int64_t n);

#endif
