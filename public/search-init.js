// Starts Pagefind's search box on the search page. The index exists only in a
// built site (npm run build runs Pagefind after Astro), so the development
// server shows a note instead.
window.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('search');
  if (!element) return;
  if (typeof window.PagefindUI !== 'function') {
    element.textContent =
      'Search needs the built site: run npm run build, then npm run preview.';
    return;
  }
  new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false });
});
