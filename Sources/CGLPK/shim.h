/* GLPK's public header (Debian: libglpk-dev). Only the GLPKSolver module imports this. */
#include <glpk.h>
