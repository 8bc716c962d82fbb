/** True only in the test build (`node build.mjs --test`); release builds drop the code it guards. */
declare const __KINDLY_TEST__: boolean;

declare module '*.css';
