(function() {
  Datamap.prototype.mexTopo = {"type":"Topology","objects":{"mex":{"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"MX.AA","properties":{"name":"Square"},"arcs":[[0]]},{"type":"Polygon","id":"-99","properties":{"name":null},"arcs":[[1]]}]}},"arcs":[[[0,0],[10,0],[0,10],[-10,0],[0,-10]],[[0,0],[1,0],[0,1],[-1,0]]],"transform":{"scale":[0.1,0.2],"translate":[-100,20]}};
})();
