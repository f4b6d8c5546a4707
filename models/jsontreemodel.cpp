#include "models/jsontreemodel.h"
