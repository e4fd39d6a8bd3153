#!/usr/bin/env python3
"""gen_unicode.py: writes vm/unicode_db.h, the Unicode tables of vm/unicode.c.

Every property is measured on the running python3 (CPython 3.11, Unicode 14.0.0) through
str methods, so the tables agree with CPython's str by construction.  The tables are
compact: runs of code points, never one entry per code point.

Usage: python3 vm/gen_unicode.py > vm/unicode_db.h
"""
import sys
import unicodedata

N = 0x110000
CH = [chr(c) for c in range(N)]

# Flag bits of the combined property runs (must match vm/unicode.c).
F_ALPHA, F_DECIMAL, F_DIGIT, F_NUMERIC, F_SPACE, F_PRINTABLE = 1, 2, 4, 8, 16, 32
F_XID_START, F_XID_CONTINUE, F_CASED, F_CASE_IGNORABLE = 64, 128, 256, 512
# Only in the Latin-1 table (the full tables hold these as strided runs).
F_LOWER, F_UPPER, F_TITLE = 1024, 2048, 4096


def final_sigma_after(prefix):
    """True when a capital sigma after `prefix` lowers to the final form."""
    return (prefix + "\u03a3").lower()[-1] == "\u03c2"


def classify():
    """Per code point: (combined flags, is lower, is upper, is titlecase)."""
    flags = [0] * N
    lower = [False] * N
    upper = [False] * N
    title = [False] * N
    for c in range(N):
        s = CH[c]
        f = 0
        if s.isalpha():
            f |= F_ALPHA
        if s.isdecimal():
            f |= F_DECIMAL
        if s.isdigit():
            f |= F_DIGIT
        if s.isnumeric():
            f |= F_NUMERIC
        if s.isspace():
            f |= F_SPACE
        if s.isprintable():
            f |= F_PRINTABLE
        if s.isidentifier():
            f |= F_XID_START
        if ("a" + s).isidentifier():
            f |= F_XID_CONTINUE
        lower[c] = s.islower()
        upper[c] = s.isupper()
        title[c] = unicodedata.category(s) == "Lt"
        # Final-sigma context tells the two properties CPython's lower() uses:
        # after "A" + c the sigma is final iff c is case-ignorable or cased;
        # after c alone iff c is cased and not case-ignorable.
        after_a = final_sigma_after("A" + s)
        alone = final_sigma_after(s)
        ignorable = after_a and not alone
        cased = lower[c] or upper[c] or title[c]
        if not ignorable and after_a != cased:
            raise SystemExit("inconsistent cased property at U+%04X" % c)
        if cased:
            f |= F_CASED
        if ignorable:
            f |= F_CASE_IGNORABLE
        flags[c] = f
    return flags, lower, upper, title


def runs_of(values):
    """[(start, value)] where each run lasts until the next start."""
    out = []
    prev = None
    for c in range(N):
        if values[c] != prev:
            out.append((c, values[c]))
            prev = values[c]
    return out


def strided_runs(members):
    """Sorted code points -> [(start, count, stride)] with stride 1 or 2."""
    cps = [c for c in range(N) if members[c]]
    out = []
    i = 0
    while i < len(cps):
        j = i + 1
        if j < len(cps) and cps[j] - cps[i] in (1, 2):
            stride = cps[j] - cps[i]
            while j < len(cps) and cps[j] - cps[j - 1] == stride and j - i < 65535:
                j += 1
        else:
            stride = 1
        out.append((cps[i], j - i, stride))
        i = j
    return out


def case_tables(name, mapping, base):
    """Splits a case mapping into delta runs and multi-character specials.

    Only code points whose mapping differs from `base` (another mapping, or identity
    when base is None) are stored."""
    single = {}
    special = []
    for c in range(N):
        m = mapping(CH[c])
        b = base(CH[c]) if base else CH[c]
        if m == b:
            continue
        if len(m) == 1:
            single[c] = ord(m) - c
        else:
            if len(m) > 3:
                raise SystemExit("mapping longer than 3 at U+%04X" % c)
            special.append((c, [ord(x) for x in m]))
    # Runs of equal delta at stride 1 or 2; a stride-2 run must not jump over another
    # stored code point, so that runs never overlap and a binary search finds the one.
    cps = sorted(single)
    runs = []
    i = 0
    stored = set(single) | {c for c, _ in special}
    while i < len(cps):
        c0 = cps[i]
        d = single[c0]
        j = i + 1
        stride = 1
        if j < len(cps) and cps[j] - c0 in (1, 2) and single[cps[j]] == d:
            stride = cps[j] - c0
            while (j < len(cps) and cps[j] - cps[j - 1] == stride and single[cps[j]] == d
                   and (stride == 1 or cps[j] - 1 not in stored) and j - i < 65535):
                j += 1
        runs.append((c0, j - i, stride, d))
        i = j
    # A special inside a run's span would be shadowed: the lookup checks specials first.
    return runs, special


def emit_case(out, name, runs, special):
    out.append("static const CaseRun %s_runs[%d] = {" % (name, len(runs)))
    line = []
    for (s, n, st, d) in runs:
        line.append("{0x%X,%d,%d,%d}," % (s, n, st, d))
        if len(line) == 6:
            out.append("    " + "".join(line))
            line = []
    if line:
        out.append("    " + "".join(line))
    out.append("};")
    out.append("static const CaseSpecial %s_special[%d] = {" % (name, max(1, len(special))))
    for (c, m) in special:
        m = m + [0] * (3 - len(m))
        out.append("    {0x%X,{0x%X,0x%X,0x%X}}," % (c, m[0], m[1], m[2]))
    if not special:
        out.append("    {0x110000,{0,0,0}},")
    out.append("};")
    out.append("#define %s_NSPECIAL %d" % (name.upper(), len(special)))


def check_decimals(flags):
    """The decimal digit of U+c must be (c - start of its run) % 10 (unicode.c relies on it)."""
    runs = runs_of([bool(f & F_DECIMAL) for f in flags])
    for i, (s, v) in enumerate(runs):
        if not v:
            continue
        end = runs[i + 1][0] if i + 1 < len(runs) else N
        for c in range(s, end):
            if unicodedata.decimal(CH[c]) != (c - s) % 10:
                raise SystemExit("decimal run assumption broken at U+%04X" % c)


def main():
    flags, lower, upper, title = classify()
    check_decimals(flags)
    out = []
    out.append("/* unicode_db.h: Unicode %s property and case tables for unicode.c."
               % unicodedata.unidata_version)
    out.append(" * GENERATED by vm/gen_unicode.py from python3's str methods; do not edit.")
    out.append(" * Runs of code points, so the tables stay small (see gen_unicode.py). */")
    out.append("#ifndef SPY_UNICODE_DB_H")
    out.append("#define SPY_UNICODE_DB_H")
    out.append("")
    out.append("#define UNIDATA_VERSION \"%s\"" % unicodedata.unidata_version)
    out.append("")
    # Latin-1 direct table (all flags, case included).
    lat = []
    for c in range(256):
        f = flags[c]
        if lower[c]:
            f |= F_LOWER
        if upper[c]:
            f |= F_UPPER
        if title[c]:
            f |= F_TITLE
        lat.append(f)
    out.append("static const uint16_t latin1_flags[256] = {")
    for i in range(0, 256, 16):
        out.append("    " + ",".join("0x%X" % f for f in lat[i:i + 16]) + ",")
    out.append("};")
    out.append("")
    # Combined property runs.
    runs = runs_of(flags)
    out.append("/* Run i covers [prop_start[i], prop_start[i+1]) and has prop_flags[i]. */")
    out.append("#define PROP_NRUNS %d" % len(runs))
    out.append("static const uint32_t prop_start[PROP_NRUNS] = {")
    for i in range(0, len(runs), 10):
        out.append("    " + ",".join("0x%X" % s for s, _ in runs[i:i + 10]) + ",")
    out.append("};")
    out.append("static const uint16_t prop_flags[PROP_NRUNS] = {")
    for i in range(0, len(runs), 16):
        out.append("    " + ",".join("0x%X" % f for _, f in runs[i:i + 16]) + ",")
    out.append("};")
    out.append("")
    for name, members in (("lower", lower), ("upper", upper), ("title", title)):
        sr = strided_runs(members)
        out.append("static const StridedRun is%s_runs[%d] = {" % (name, len(sr)))
        for i in range(0, len(sr), 6):
            out.append("    " + "".join("{0x%X,%d,%d}," % r for r in sr[i:i + 6]))
        out.append("};")
    out.append("")
    tabs = (
        ("upper_map", lambda s: s.upper(), None),
        ("lower_map", lambda s: s.lower(), None),
        ("title_map", lambda s: s.title(), lambda s: s.upper()),
        ("fold_map", lambda s: s.casefold(), lambda s: s.lower()),
    )
    for name, fn, base in tabs:
        runs_, special = case_tables(name, fn, base)
        emit_case(out, name, runs_, special)
        out.append("")
    out.append("#endif")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
