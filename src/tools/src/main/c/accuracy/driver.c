// Reads "OP X [Y]" lines (hex floats; "strtod TEXT" for float(str)) and prints each result of
// pyfloat.c built natively, for the accuracy scripts beside it.
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "../pyfloat.c"
static unsigned int scratch[4096];
int main(void) {
  char op[32], a1[64], a2[64]; char line[2048];
  while (fgets(line, sizeof line, stdin)) {
    if (sscanf(line, "%31s", op) != 1) continue;
    if (!strcmp(op, "strtod")) {
      char *t = line + 7; size_t n = strlen(t); if (n && t[n-1]=='\n') t[--n]=0;
      double r = py_strtod(t, (int)n, scratch);
      if (scratch[0]) printf("error\n"); else printf("%a\n", r);
      continue;
    }
    sscanf(line, "%31s %63s %63s", op, a1, a2);
    double x = strtod(a1, 0), y = strtod(a2, 0);
    if (!strcmp(op, "repr")) { char out[40]; int n = py_repr(x, out, scratch); out[n] = 0; printf("%s\n", out); continue; }
    double r = 0;
    if (!strcmp(op, "exp")) r = py_exp(x);
    else if (!strcmp(op, "log")) r = py_log(x);
    else if (!strcmp(op, "sin")) r = py_sin(x);
    else if (!strcmp(op, "cos")) r = py_cos(x);
    else if (!strcmp(op, "tan")) r = py_tan(x);
    else if (!strcmp(op, "atan2")) r = py_atan2(x, y);
    else if (!strcmp(op, "pow")) r = py_pow(x, y);
    else if (!strcmp(op, "fmod")) r = py_fmod(x, y);
    else if (!strcmp(op, "mod")) r = py_mod(x, y);
    else if (!strcmp(op, "floordiv")) r = py_floordiv(x, y);
    printf("%a\n", r);
  }
}
