package io.homeshore.platform.web;

import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages answer a missing or hidden item with the localised 404 page, and bad query values with a 400 page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        return error(HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView error(HttpStatus status) {
        var mav = new ModelAndView("error", status);
        mav.addObject("status", status.value());
        return mav;
    }
}
