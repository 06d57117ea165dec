export default { name: 'photos', title: 'photos', pages: {} };
