// Vite's `?raw` suffix: a file's text as a module, which tests use for reference files so that
// they run on workerd too, where there is no file system to read.
declare module '*?raw' {
  const text: string
  export default text
}
