/** Value types every module may use: typed identifiers, time ranges, channels. Records only, no behaviour that needs Spring. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.homeshore.shared;
