"""The learn library: psychoeducation about emotional detachment, in our own words."""
