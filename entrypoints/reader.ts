export default defineUnlistedScript(() => {
  return { title: document.title };
});
