/* One pdfium text page -> pdfplumber's words, in two calls per page, for
   extract/pdf/pdfium_loop.py. The same rules as pdfium_chars._Reader (characters
   placed by the font's widths between a word's first and last origins) and
   pdfium_words.words_of (pdfplumber's extract_words), step for step and in the same
   floating-point order, so both give the same words to the last bit.

   No pdfium header and no linking: pdfium's functions arrive as addresses (taken from
   pypdfium2's ctypes bindings), their prototypes declared here. Built with
   -ffp-contract=off: a fused multiply-add would round differently from Python. */

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct { float left, top, right, bottom; } rectf;
typedef void *(*get_text_object_fn)(void *textpage, int index);
typedef int (*get_char_origin_fn)(void *textpage, int index, double *x, double *y);
typedef int (*get_loose_box_fn)(void *textpage, int index, rectf *box);

enum { SKIP = 0, SINGLE = 1, PIECE = 2 };
#define PAIRED (-1)
#define TOLERANCE 3.0
#define DRIFT 0.25

/* str.isspace() of one code point (Python's table, checked by the tests). */
int cf_isspace(int32_t c) {
    if (c < 128) return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* pdfium_chars._maybe_generated */
static int maybe_generated(int32_t c) { return c <= 32 || (c > 126 && cf_isspace(c)); }

/* pdfium_chars._char_text, as a code point */
static int32_t char_text(int32_t c) {
    if (c == 2) return 0x2D;
    return (c > 0 && c < 0x110000) ? c : 0xFFFD;
}

typedef struct { void **keys; int32_t *slots; size_t mask; } slot_table;

/* The slot of text object `obj`: a new one (its first index kept) when it is new. */
static int slot_of(slot_table *t, void *obj, void **run_objs, int32_t *run_first, int *n_runs,
                   int max_runs, int index) {
    size_t h = ((uintptr_t)obj >> 4) * 0x9E3779B97F4A7C15ull;
    for (size_t k = h & t->mask;; k = (k + 1) & t->mask) {
        if (t->keys[k] == obj) return t->slots[k];
        if (t->keys[k] == NULL) {
            if (*n_runs >= max_runs) return -1;
            t->keys[k] = obj;
            t->slots[k] = *n_runs;
            run_objs[*n_runs] = obj;
            run_first[*n_runs] = index;
            return (*n_runs)++;
        }
    }
}

/* pdfium_chars._Reader._run_end: doubling steps, then halving. */
static int run_end(get_text_object_fn get_obj, void *tp, int i, void *obj, int count) {
    int lo = i, step = 1, hi;
    for (;;) {
        int probe = lo + step;
        if (probe >= count) { hi = count; break; }
        if (get_obj(tp, probe) != obj) { hi = probe; break; }
        lo = probe;
        step *= 2;
    }
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (get_obj(tp, mid) == obj) lo = mid; else hi = mid;
    }
    return lo;
}

/* The walk of pdfium_chars._Reader.chars: which characters are read, each as a
   SINGLE (asked for everything) or as part of a PIECE (a run of characters of one
   text object, none of which pdfium may have added), and the text object (slot)
   each belongs to. Text objects are numbered in the order the walk first reads
   them (run_objs, with the index it read them at in run_first). Returns the number
   of text objects, -1 when there are more than max_runs, -2 when memory runs out. */
int cf_walk(void *get_obj_ptr, void *tp, const int32_t *codes, int count, int8_t *kind,
            int32_t *slot, void **run_objs, int32_t *run_first, int max_runs) {
    get_text_object_fn get_obj = (get_text_object_fn)get_obj_ptr;
    int n_runs = 0;
    for (int k = 0; k < count; k++) { kind[k] = SKIP; slot[k] = -1; }
    size_t size = 16;
    while (size < 2 * (size_t)(max_runs > 0 ? max_runs : 1)) size *= 2;
    slot_table table = {calloc(size, sizeof(void *)), malloc(size * sizeof(int32_t)), size - 1};
    if (!table.keys || !table.slots) { free(table.keys); free(table.slots); return -2; }
#define ONE(k)                                                                      \
    do {                                                                            \
        void *o = get_obj(tp, (k));                                                 \
        if (o && codes[(k)] != PAIRED) {                                            \
            int s = slot_of(&table, o, run_objs, run_first, &n_runs, max_runs, (k)); \
            if (s < 0) { n_runs = -1; goto done; }                                  \
            kind[(k)] = SINGLE; slot[(k)] = s;                                      \
        }                                                                           \
    } while (0)
    int i = 0;
    while (i < count) {
        if (maybe_generated(codes[i])) { ONE(i); i++; continue; }
        void *obj = get_obj(tp, i);
        if (!obj) { i++; continue; }
        int end = run_end(get_obj, tp, i, obj, count);
        int s = slot_of(&table, obj, run_objs, run_first, &n_runs, max_runs, i);
        if (s < 0) { n_runs = -1; goto done; }
        for (int k = i; k <= end; k++) {
            if (maybe_generated(codes[k])) ONE(k);
            else { kind[k] = PIECE; slot[k] = s; }
        }
        i = end + 1;
    }
#undef ONE
done:
    free(table.keys);
    free(table.slots);
    return n_runs;
}

typedef struct { float a, b, c, d, e, f; } matrixf;
typedef int (*get_matrix_fn)(void *obj, matrixf *m);
typedef int (*get_font_size_fn)(void *obj, float *size);
typedef void *(*get_font_fn)(void *obj);

/* What pdfium_chars.read_run asks pdfium of each text object: its matrix's a, b, c,
   d, its font size and the y of its first character's origin (`values`, six per
   object), and its font (`fonts`). */
void cf_runs(void *matrix_ptr, void *size_ptr, void *font_ptr, void *origin_ptr, void *tp,
             void **objs, const int32_t *first, int n, double *values, void **fonts) {
    for (int s = 0; s < n; s++) {
        matrixf m = {0, 0, 0, 0, 0, 0};
        float fs = 0;
        double ox = 0, oy = 0;
        ((get_matrix_fn)matrix_ptr)(objs[s], &m);
        ((get_font_size_fn)size_ptr)(objs[s], &fs);
        fonts[s] = ((get_font_fn)font_ptr)(objs[s]);
        ((get_char_origin_fn)origin_ptr)(tp, first[s], &ox, &oy);
        double *v = values + 6 * s;
        v[0] = m.a; v[1] = m.b; v[2] = m.c; v[3] = m.d; v[4] = fs; v[5] = oy;
    }
}

/* One text object's shared values (pdfium_chars._Run), given by Python. */
typedef struct {
    const double *top, *bottom, *size, *advance;
    const int32_t *font;      /* the font key's number: groups split where it changes */
    const int32_t *wt_start;  /* its font's widths: wt_codes/wt_values[start, start+len) */
    const int32_t *wt_len;
    const int32_t *wt_codes;  /* sorted code points */
    const double *wt_values;
} runs_t;

static int width_of(const runs_t *r, int s, int32_t code, double *out) {
    const int32_t *c = r->wt_codes + r->wt_start[s];
    int lo = 0, hi = r->wt_len[s];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (c[mid] < code) lo = mid + 1; else hi = mid;
    }
    if (lo < r->wt_len[s] && c[lo] == code) { *out = r->wt_values[r->wt_start[s] + lo]; return 1; }
    return 0;
}

typedef struct {
    int32_t *text; double *x0, *x1, *top, *bottom; int32_t *slot; int n;
} chars_t;

typedef struct {
    void *tp; get_char_origin_fn origin; get_loose_box_fn loose;
    double left, ox, oy; rectf box;  /* ox, oy, box kept between calls, as _Reader's */
} page_t;

static double origin_x(page_t *p, int i) {
    p->origin(p->tp, i, &p->ox, &p->oy);
    return p->ox - p->left;
}

static void put(chars_t *o, int32_t text, double x0, double x1, const runs_t *r, int s) {
    int n = o->n++;
    o->text[n] = text; o->x0[n] = x0; o->x1[n] = x1;
    o->top[n] = r->top[s]; o->bottom[n] = r->bottom[s]; o->slot[n] = s;
}

/* _Reader._exact */
static void exact(page_t *p, const int32_t *codes, int a, int b, const runs_t *r, int s,
                  chars_t *o) {
    for (int k = a; k <= b; k++) {
        int32_t text = char_text(codes[k]);
        double x0 = origin_x(p, k), w, x1;
        if (width_of(r, s, text, &w)) {
            x1 = x0 + w * r->advance[s];
        } else {
            p->loose(p->tp, k, &p->box);
            x1 = (double)p->box.right - p->left;
        }
        put(o, text, x0, x1, r, s);
    }
}

/* _Reader._word; `starts` and `ends` have room for b - a + 1 values. */
static void word(page_t *p, const int32_t *codes, int a, int b, const runs_t *r, int s,
                 chars_t *o, double *starts, double *ends) {
    int n = b - a + 1;
    for (int k = 0; k < n; k++) {
        double w;
        if (!width_of(r, s, char_text(codes[a + k]), &w)) { exact(p, codes, a, b, r, s, o); return; }
        ends[k] = w * r->advance[s];
    }
    starts[0] = origin_x(p, a);
    for (int k = 1; k < n; k++) starts[k] = starts[k - 1] + ends[k - 1];
    if (b > a) {
        double drift = origin_x(p, b) - starts[n - 1];
        if (fabs(drift) > DRIFT) { exact(p, codes, a, b, r, s, o); return; }
        if (drift != 0.0) {
            double step = drift / (double)(b - a);
            for (int k = 0; k < n; k++) starts[k] = starts[k] + (double)k * step;
        }
    }
    for (int k = 0; k < n; k++)
        put(o, char_text(codes[a + k]), starts[k], starts[k] + ends[k], r, s);
}

/* ---- words: pdfium_words.words_of, for upright characters ---- */

typedef struct {
    int32_t *start, *len, *slot; double *x0, *x1, *top, *bottom; int32_t *text; int n, n_text;
} words_t;

typedef struct { int32_t cluster, index; double x0; } line_key;

/* A line's characters left to right, in their order where they start at one x
   (Python's sort is stable); lines in cluster order. */
static int by_line(const void *pa, const void *pb) {
    const line_key *a = pa, *b = pb;
    if (a->cluster != b->cluster) return a->cluster < b->cluster ? -1 : 1;
    if (a->x0 < b->x0) return -1;
    if (b->x0 < a->x0) return 1;
    return a->index < b->index ? -1 : (a->index > b->index);
}

static int by_value(const void *pa, const void *pb) {
    double a = *(const double *)pa, b = *(const double *)pb;
    return a < b ? -1 : (a > b);
}

static void flush(const chars_t *c, const int *idx, int n, words_t *w) {
    if (n == 0) return;
    int m = w->n++;
    double x0 = c->x0[idx[0]], x1 = c->x1[idx[0]], top = c->top[idx[0]], bottom = c->bottom[idx[0]];
    w->start[m] = w->n_text;
    for (int k = 0; k < n; k++) {
        int j = idx[k];
        if (c->x0[j] < x0) x0 = c->x0[j];
        if (c->x1[j] > x1) x1 = c->x1[j];
        if (c->top[j] < top) top = c->top[j];
        if (c->bottom[j] > bottom) bottom = c->bottom[j];
        w->text[w->n_text++] = c->text[j];
    }
    w->len[m] = n; w->slot[m] = c->slot[idx[0]];
    w->x0[m] = x0; w->x1[m] = x1; w->top[m] = top; w->bottom[m] = bottom;
}

/* One group [g0, g1): clustered into lines by top, each line left to right, split
   into words. `order`, `cluster`, `values` and `word` have room for the page. */
static void group_words(const chars_t *c, int g0, int g1, words_t *w, line_key *keys,
                        int32_t *cluster, double *values, int *word) {
    int n = g1 - g0, nv = 0;
    for (int k = 0; k < n; k++) values[k] = c->top[g0 + k];
    qsort(values, n, sizeof(double), by_value);
    for (int k = 0; k < n; k++)
        if (nv == 0 || values[k] != values[nv - 1]) values[nv++] = values[k];
    /* the cluster of each distinct value: a new one where it is over 3 pt past the last */
    int32_t *value_cluster = (int32_t *)(values + n);  /* room for n ints after values */
    int index = 0;
    for (int v = 0; v < nv; v++) {
        if (v > 0 && values[v] > values[v - 1] + TOLERANCE) index++;
        value_cluster[v] = index;
    }
    for (int k = 0; k < n; k++) {
        double t = c->top[g0 + k];
        int lo = 0, hi = nv - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (values[mid] < t) lo = mid + 1; else hi = mid;
        }
        cluster[g0 + k] = value_cluster[lo];
        keys[k].cluster = value_cluster[lo];
        keys[k].index = g0 + k;
        keys[k].x0 = c->x0[g0 + k];
    }
    qsort(keys, n, sizeof(line_key), by_line);
    int nw = 0;
    double px0 = 0, px1 = 0, ptop = 0;
    for (int k = 0; k < n; k++) {
        int j = keys[k].index;
        if (k > 0 && cluster[j] != cluster[keys[k - 1].index]) {  /* a new line */
            flush(c, word, nw, w);
            nw = 0;
        }
        if (cf_isspace(c->text[j])) {
            flush(c, word, nw, w);
            nw = 0;
            continue;
        }
        double x0 = c->x0[j], top = c->top[j];
        if (nw && (x0 < px0 || x0 > px1 + TOLERANCE || fabs(top - ptop) > TOLERANCE)) {
            flush(c, word, nw, w);
            nw = 0;
        }
        word[nw++] = j;
        px0 = x0; px1 = c->x1[j]; ptop = top;
    }
    flush(c, word, nw, w);
}

/* The page's words, after cf_walk and with every text object upright on an unturned
   page. Output arrays have room for `count` values (w_values: 2 * count doubles).
   Returns the number of words, or -1 when memory runs out. */
int cf_words(void *origin_ptr, void *loose_ptr, void *tp, double left, const int32_t *codes,
             int count, const int8_t *kind, const int32_t *slot, const double *run_top,
             const double *run_bottom, const double *run_size, const double *run_advance,
             const int32_t *run_font, const int32_t *wt_start, const int32_t *wt_len,
             const int32_t *wt_codes, const double *wt_values, int32_t *w_start,
             int32_t *w_len, int32_t *w_slot, double *w_x0, double *w_x1, double *w_top,
             double *w_bottom, int32_t *w_text) {
    runs_t r = {run_top, run_bottom, run_size, run_advance, run_font,
                wt_start, wt_len, wt_codes, wt_values};
    page_t p = {tp, (get_char_origin_fn)origin_ptr, (get_loose_box_fn)loose_ptr, left, 0.0, 0.0,
                {0, 0, 0, 0}};
    size_t n = count > 0 ? (size_t)count : 1;
    char *mem = malloc(n * (4 * sizeof(int32_t) + 9 * sizeof(double)));
    if (!mem) return -1;
    chars_t c;
    c.text = (int32_t *)mem;
    c.slot = c.text + n;
    int32_t *cluster = c.slot + n;
    double *d = (double *)(cluster + 2 * n);  /* 8-byte aligned */
    c.x0 = d; c.x1 = d + n; c.top = d + 2 * n; c.bottom = d + 3 * n;
    double *starts = d + 4 * n, *ends = d + 5 * n, *values = d + 6 * n;  /* values: 3n */
    c.n = 0;
    int k = 0;
    while (k < count) {
        if (kind[k] == SINGLE) {
            exact(&p, codes, k, k, &r, slot[k], &c);
            k++;
        } else if (kind[k] == PIECE) {
            int b = k;
            while (b + 1 < count && kind[b + 1] == PIECE && slot[b + 1] == slot[k]) b++;
            word(&p, codes, k, b, &r, slot[k], &c, starts, ends);
            k = b + 1;
        } else {
            k++;
        }
    }
    words_t w = {w_start, w_len, w_slot, w_x0, w_x1, w_top, w_bottom, w_text, 0, 0};
    line_key *keys = malloc(n * sizeof(line_key));
    int *word_idx = malloc(n * sizeof(int));
    if (!keys || !word_idx) { free(keys); free(word_idx); free(mem); return -1; }
    int g0 = 0;
    while (g0 < c.n) {
        int s0 = c.slot[g0], g1 = g0 + 1;
        while (g1 < c.n && run_size[c.slot[g1]] == run_size[s0] &&
               run_font[c.slot[g1]] == run_font[s0])
            g1++;
        group_words(&c, g0, g1, &w, keys, cluster, values, word_idx);
        g0 = g1;
    }
    free(keys);
    free(word_idx);
    free(mem);
    return w.n;
}
