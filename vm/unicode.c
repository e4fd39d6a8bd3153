/* unicode.c: lookups in the generated Unicode tables (unicode_db.h).
 *
 * Properties live in one table of runs of code points sharing a flag set (binary search),
 * with a direct table for Latin-1; Lowercase/Uppercase/Lt alternate too often for runs,
 * so they are strided runs.  Case mappings are runs of equal delta plus a short list of
 * multi-character (or otherwise special) mappings consulted first. */
#include "unicode.h"

typedef struct StridedRun {
    uint32_t start;
    uint16_t count;
    uint16_t stride;
} StridedRun;

typedef struct CaseRun {
    uint32_t start;
    uint16_t count;
    uint16_t stride;
    int32_t delta;
} CaseRun;

typedef struct CaseSpecial {
    uint32_t cp;
    uint32_t out[3];   /* zero-terminated when shorter than 3 */
} CaseSpecial;

#include "unicode_db.h"

/* Flag bits, as gen_unicode.py writes them. */
enum {
    F_ALPHA = 1, F_DECIMAL = 2, F_DIGIT = 4, F_NUMERIC = 8, F_SPACE = 16,
    F_PRINTABLE = 32, F_XID_START = 64, F_XID_CONTINUE = 128, F_CASED = 256,
    F_CASE_IGNORABLE = 512, F_LOWER = 1024, F_UPPER = 2048, F_TITLE = 4096
};

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Index of the property run holding c. */
static int prop_run(uint32_t c)
{
    int lo = 0, hi = PROP_NRUNS - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (prop_start[mid] <= c) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return lo;
}

static unsigned props(uint32_t c)
{
    if (c < 256) {
        return latin1_flags[c];
    }
    if (c > 0x10FFFF) {
        return 0;
    }
    return prop_flags[prop_run(c)];
}

static bool in_strided(const StridedRun *r, int n, uint32_t c)
{
    int lo = 0, hi = n - 1;
    if (n == 0 || c < r[0].start) {
        return false;
    }
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (r[mid].start <= c) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    uint32_t off = c - r[lo].start;
    return off % r[lo].stride == 0 && off / r[lo].stride < r[lo].count;
}

bool spy_uni_isalpha(uint32_t c) { return (props(c) & F_ALPHA) != 0; }
bool spy_uni_isdecimal(uint32_t c) { return (props(c) & F_DECIMAL) != 0; }
bool spy_uni_isdigit(uint32_t c) { return (props(c) & F_DIGIT) != 0; }
bool spy_uni_isnumeric(uint32_t c) { return (props(c) & F_NUMERIC) != 0; }
bool spy_uni_isspace(uint32_t c) { return (props(c) & F_SPACE) != 0; }
bool spy_uni_isprintable(uint32_t c) { return (props(c) & F_PRINTABLE) != 0; }
bool spy_uni_iscased(uint32_t c) { return (props(c) & F_CASED) != 0; }
bool spy_uni_iscaseignorable(uint32_t c) { return (props(c) & F_CASE_IGNORABLE) != 0; }
bool spy_uni_isxidstart(uint32_t c) { return (props(c) & F_XID_START) != 0; }
bool spy_uni_isxidcontinue(uint32_t c) { return (props(c) & F_XID_CONTINUE) != 0; }

bool spy_uni_islower(uint32_t c)
{
    if (c < 256) {
        return (latin1_flags[c] & F_LOWER) != 0;
    }
    return in_strided(islower_runs, COUNT_OF(islower_runs), c);
}

bool spy_uni_isupper(uint32_t c)
{
    if (c < 256) {
        return (latin1_flags[c] & F_UPPER) != 0;
    }
    return in_strided(isupper_runs, COUNT_OF(isupper_runs), c);
}

bool spy_uni_istitle(uint32_t c)
{
    if (c < 256) {
        return (latin1_flags[c] & F_TITLE) != 0;
    }
    return in_strided(istitle_runs, COUNT_OF(istitle_runs), c);
}

bool spy_uni_islinebreak(uint32_t c)
{
    switch (c) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

int spy_uni_decimal(uint32_t c)
{
    if (c < 128) {
        return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    }
    if (c > 0x10FFFF || !(props(c) & F_DECIMAL)) {
        return -1;
    }
    /* gen_unicode.py checked that digits come in runs of ten starting at zero. */
    return (int)((c - prop_start[prop_run(c)]) % 10);
}

/* Looks c up in one mapping table; returns the count written, or 0 when c is not stored. */
static int case_lookup(const CaseRun *runs, int nruns, const CaseSpecial *sp, int nsp,
                       uint32_t c, uint32_t out[3])
{
    int lo = 0, hi = nsp - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (sp[mid].cp == c) {
            int n = 0;
            while (n < 3 && sp[mid].out[n] != 0) {
                out[n] = sp[mid].out[n];
                n++;
            }
            return n;
        }
        if (sp[mid].cp < c) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (nruns == 0 || c < runs[0].start) {
        return 0;
    }
    lo = 0;
    hi = nruns - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (runs[mid].start <= c) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    uint32_t off = c - runs[lo].start;
    if (off % runs[lo].stride == 0 && off / runs[lo].stride < runs[lo].count) {
        out[0] = (uint32_t)((int32_t)c + runs[lo].delta);
        return 1;
    }
    return 0;
}

int spy_uni_upper(uint32_t c, uint32_t out[3])
{
    if (c < 128) {
        out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        return 1;
    }
    int n = case_lookup(upper_map_runs, COUNT_OF(upper_map_runs), upper_map_special,
                        UPPER_MAP_NSPECIAL, c, out);
    if (n == 0) {
        out[0] = c;
        n = 1;
    }
    return n;
}

int spy_uni_lower(uint32_t c, uint32_t out[3])
{
    if (c < 128) {
        out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return 1;
    }
    int n = case_lookup(lower_map_runs, COUNT_OF(lower_map_runs), lower_map_special,
                        LOWER_MAP_NSPECIAL, c, out);
    if (n == 0) {
        out[0] = c;
        n = 1;
    }
    return n;
}

int spy_uni_title(uint32_t c, uint32_t out[3])
{
    /* The table only holds the characters whose titlecase differs from their uppercase. */
    int n = case_lookup(title_map_runs, COUNT_OF(title_map_runs), title_map_special,
                        TITLE_MAP_NSPECIAL, c, out);
    return n ? n : spy_uni_upper(c, out);
}

int spy_uni_fold(uint32_t c, uint32_t out[3])
{
    /* The table only holds the characters whose case folding differs from lowercase. */
    int n = case_lookup(fold_map_runs, COUNT_OF(fold_map_runs), fold_map_special,
                        FOLD_MAP_NSPECIAL, c, out);
    return n ? n : spy_uni_lower(c, out);
}
