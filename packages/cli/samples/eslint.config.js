// The samples `tactful init` copies: a library of their own, apart from the project's templates.
import tactful from "@tactful/eslint-plugin";

export default [tactful.configs.recommended];
