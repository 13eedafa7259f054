#include "Bench.h"
