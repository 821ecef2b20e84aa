// Imported first by every entry point: the functions module's associate calls need a CustomFunctions global.
import { installCustomFunctionsShim } from "./customFunctionsShim";

installCustomFunctionsShim();
