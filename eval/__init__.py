"""briefx evaluation: gold building, the pure scorer, reports, floors and benchmarks."""
