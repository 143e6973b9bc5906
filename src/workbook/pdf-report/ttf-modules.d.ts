/** TrueType files imported for their URL (webpack asset/resource: files of the add-in's server). */
declare module "*.ttf" {
  const url: string;
  export default url;
}
