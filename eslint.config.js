// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import jsdoc from "eslint-plugin-jsdoc";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "docs/api/**",
      "**/out/**",
      "**/coverage/**",
      ".tmp/**",
      "**/.snippets/**",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "max-params": ["error", 3],
      "no-console": "error",
    },
  },
  {
    // Every export of a library package carries a JSDoc with an @example.
    files: ["packages/*/src/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.test-d.ts", "**/_lib/**", "**/__fixtures__/**"],
    plugins: { jsdoc },
    rules: {
      "jsdoc/require-jsdoc": [
        "error",
        {
          publicOnly: true,
          require: { FunctionDeclaration: true, ClassDeclaration: true },
          contexts: ["TSInterfaceDeclaration", "TSTypeAliasDeclaration", "VariableDeclaration"],
        },
      ],
      "jsdoc/require-example": ["error", { contexts: ["FunctionDeclaration"] }],
      "jsdoc/require-param": ["error", { contexts: ["FunctionDeclaration"] }],
      "jsdoc/require-returns": ["error", { contexts: ["FunctionDeclaration"] }],
      "jsdoc/require-hyphen-before-param-description": "error",
      "jsdoc/check-param-names": "error",
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test-d.ts", "**/bench/**/*.ts", "scripts/**", "examples/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-console": "off",
      "max-params": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
  prettier,
);
