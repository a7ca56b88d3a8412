/** Pure queueing core: Erlang B, C and A. JDK only. */
@org.springframework.modulith.NamedInterface("erlang")
package io.homeshore.staffing.erlang;
