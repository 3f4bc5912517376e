"""The contact map drawn as a Qt graphics scene: cards, reporting and influence lines, legend,
and ``export.render_map_file`` writing it to PNG or SVG without a window (for the CLI and the
map tab's export). Drawing only: the map tab's dragging and double-clicks live in
``gui.contact_map.interactive_scene``, whose scene makes its own cards through
``ContactMapScene.make_node``.
"""
