/** What pages of every module build on: the layout's navigation links, forms with field errors, CRUD pages, formats. */
@org.springframework.modulith.NamedInterface("web")
package io.homeshore.platform.web;
